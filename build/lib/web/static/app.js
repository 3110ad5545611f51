// Progressive enhancement only: every control also works without JavaScript.
document.addEventListener("DOMContentLoaded", function () {
  var form = document.querySelector("form.search");
  if (!form) return;
  form.addEventListener("change", function (event) {
    var t = event.target;
    if ((t.type === "checkbox" && t.closest(".facets")) || t.id === "sort") {
      var page = form.querySelector("input[name=page]");
      if (page) page.remove();
      form.submit();
    }
  });
  var apply = form.querySelector(".facets .apply");
  if (apply && apply.dataset.datesLabel) apply.textContent = apply.dataset.datesLabel;
});
