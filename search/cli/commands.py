"""`python -m search` (also `senate-search`): build, update, harvest, query, parse, stats, check, serve, synth."""
from __future__ import annotations

import contextlib
import itertools
import json
import sys
from pathlib import Path

import click

from .english import english
from ..api import (field_names, check_index, government_by_code, portfolio_label, STAT_BYS, FACET_NAMES, MAX_FACET_LIMIT, SORTS, STAT_SORTS, BuildError, Engine, IndexLocked, IndexStore,
                  NoIndex, ParseError, QueryError, SearchRequest, build as build_index, missing_fields, parse_file,
                  search, source_files, statistics, update as update_index, TIME_BUDGET, harvest as harvest_pages, harvest_plan,
                  HARVEST_BASE_URL, HARVEST_LEGISLATURES, HARVEST_RENDERINGS, HARVEST_STOP_AFTER, INTERFACE_LANGUAGES)

SEEDS = click.option("--seeds", "seeds", default="seeds", show_default=True, envvar="SEARCH_SEEDS_DIR",
                     type=click.Path(file_okay=False, path_type=Path),
                     help="Folder of source documents (*.txt, *.html); env SEARCH_SEEDS_DIR.")
INDEX = click.option("--index", "index", default="index", show_default=True, envvar="SEARCH_INDEX_DIR",
                     type=click.Path(file_okay=False, path_type=Path),
                     help="Folder of the built index; env SEARCH_INDEX_DIR.")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
def main():
    """Search the Belgian Senate's written questions.

    Example: python -m search build && python -m search query "médias sociaux"
    """


def _fail(message: str) -> None:
    click.echo(f"error: {message}", err=True)
    sys.exit(1)


def _run_build(fn, seeds, index, strict, wait, verb):
    files = None
    try:
        files = source_files(seeds)
    except BuildError as exc:
        _fail(str(exc))
    tty = sys.stderr.isatty()
    try:
        if tty:
            with click.progressbar(length=len(files), label=f"{verb} {index}/", file=sys.stderr) as bar:
                report = fn(seeds, index, strict=strict, progress=bar.update, wait=wait)
        else:
            report = fn(seeds, index, strict=strict, wait=wait)
    except (BuildError, IndexLocked) as exc:
        _fail(str(exc))
    for skipped in report.skipped:
        click.echo(f"skipped {skipped}", err=True)
    for title, (count, source) in sorted(report.unmapped.items(), key=lambda kv: -kv[1][0]):
        click.echo(f"no portfolio for {title!r} ({count} question(s), e.g. {source}): "
                   f"add its words to search/ministries/portfolios.csv", err=True)
    for (title, government), (count, source, first) in sorted(report.unheld.items(), key=lambda kv: -kv[1][0]):
        click.echo(f"no holder for {title!r} under {government} ({count} question(s) from {first}, e.g. {source}): "
                   f"add the office to search/ministries/offices.csv", err=True)
    click.echo(report.summary(verb))


@main.command()
@SEEDS
@INDEX
@click.option("--strict", is_flag=True, help="Fail, and keep the live index, if any document is skipped.")
@click.option("--wait", is_flag=True, help="Wait for a running build or update instead of refusing.")
def build(seeds, index, strict, wait):
    """Rebuild the whole index from the seeds folder, then swap it in atomically.

    Bad documents are reported as FILE:LINE: REASON and skipped.

    Example: python -m search build --seeds seeds --index index
    """
    _run_build(build_index, seeds, index, strict, wait, "built")


@main.command()
@SEEDS
@INDEX
@click.option("--strict", is_flag=True, help="Fail, and keep the live index, if any document is skipped.")
@click.option("--wait", is_flag=True, help="Wait for a running build or update instead of refusing.")
def update(seeds, index, strict, wait):
    """Index new and changed documents and drop deleted ones, then swap in atomically.

    A file whose size and mtime are unchanged is taken as unchanged; otherwise its
    content hash decides. An index built by an older version is rebuilt whole.

    Example: python -m search update
    """
    _run_build(update_index, seeds, index, strict, wait, "updated")


def _numbers(text: str, what: str) -> list[int]:
    """"7", "5,6", "3-7" -> the numbers."""
    out: list[int] = []
    for part in text.split(","):
        first, dash, last = part.strip().partition("-")
        if not first.isdigit() or (dash and not last.isdigit()):
            raise click.BadParameter(f"{text!r}: give numbers, e.g. 7, 5,6 or 3-7", param_hint=what)
        out += list(range(int(first), int(last) + 1)) if dash else [int(first)]
    return out


def _choices(text: str, known, what: str) -> list[str]:
    values = [v.strip() for v in text.split(",") if v.strip()]
    unknown = [v for v in values if v not in known]
    if unknown or not values:
        raise click.BadParameter(f"{text!r}: choose among {', '.join(known)} (comma-separated)", param_hint=what)
    return values


def _harvest_bar(expected: int):
    """click's progress bar on a terminal: question numbers visited, of those expected with an ETA when the
    archive's size is known (after a first run), and the question in hand with the pages fetched so far."""
    shown = {"item": ""}

    def show(item):
        if item is not None:
            shown["item"] = item
        return shown["item"]

    return click.progressbar(length=expected or None, iterable=None if expected else itertools.count(),
                             label="harvest", show_eta=bool(expected), show_pos=True, item_show_func=show,
                             file=sys.stderr, update_min_steps=1)


@main.command()
@SEEDS
@INDEX
@click.option("--legislature", "-l", "legislatures", multiple=True, metavar="N",
              help="Legislature(s) to fetch: 7, 5,6 or 3-7 (repeatable). Default: "
                   f"{HARVEST_LEGISLATURES[0]}-{HARVEST_LEGISLATURES[-1]}, the whole archive.")
@click.option("--from", "first", type=int, metavar="NUMBER", help="First question number (default 1), e.g. --from 8900.")
@click.option("--to", "last", type=int, metavar="NUMBER",
              help="Last question number, e.g. --to 8920 (default: go on until --stop-after numbers in a row "
                   "have no question).")
@click.option("--languages", default="fr", show_default=True, metavar="LANGS",
              help="Page languages to fetch, comma-separated, e.g. --languages fr,nl.")
@click.option("--renderings", default="web", show_default=True, metavar="KINDS",
              help="Renderings to fetch, comma-separated among web, print, bilingual, e.g. --renderings "
                   "web,print (the print and bilingual versions only where asked).")
@click.option("--delay", default=1.0, show_default=True, metavar="SECONDS",
              help="Seconds between two requests at least, e.g. --delay 2 (robots.txt's Crawl-delay, if longer, "
                   "wins).")
@click.option("--contact", default="", envvar="SEARCH_HARVEST_CONTACT", metavar="EMAIL|URL",
              help="A contact for the site's operators, sent in the User-Agent (optional), e.g. --contact "
                   "me@example.org; env SEARCH_HARVEST_CONTACT.")
@click.option("--timeout", default=30.0, show_default=True, metavar="SECONDS",
              help="Give up waiting for an answer after this, e.g. --timeout 60.")
@click.option("--tries", default=3, show_default=True, metavar="N",
              help="Tries per page before it is left for the next run, e.g. --tries 5.")
@click.option("--stop-after", default=HARVEST_STOP_AFTER, show_default=True, metavar="N",
              help="Numbers in a row with no question, past the highest known, that end a legislature, "
                   "e.g. --stop-after 50.")
@click.option("--no-revisit", is_flag=True,
              help="Fetch only numbers not fetched yet (and failed or incomplete pages), not the questions still "
                   "waiting for an answer: python -m search harvest -l 7 --no-revisit.")
@click.option("--base-url", default=HARVEST_BASE_URL, show_default=True, envvar="SEARCH_HARVEST_BASE_URL",
              help="The site to fetch from: a mirror or a test server, e.g. --base-url http://127.0.0.1:8000; "
                   "env SEARCH_HARVEST_BASE_URL.")
@click.option("--update", "then_update", is_flag=True,
              help="Then index what changed into --index (as `update` does): python -m search harvest -l 7 --update.")
def harvest(seeds, index, legislatures, first, last, languages, renderings, delay, contact, timeout, tries,
            stop_after, no_revisit, base_url, then_update):
    """Fetch written questions from senate.be into the seeds folder, politely and incrementally.

    Each question's page is kept as the site served it (seeds/senate/<leg>/<leg>-<num>.<lang>.<rendering>.html),
    numbers are visited upwards and past the last known one until --stop-after of them in a row have no
    question. robots.txt is obeyed, one request at a time, --delay apart; 429 and 503 are waited out as
    Retry-After says, errors are tried again (--tries) and, failing that, next run. What was fetched,
    when and with what answer is kept in seeds/.harvest/state.sqlite: a second run fetches new numbers,
    pages that failed or came incomplete, and the questions still waiting for an answer (daily in their
    first two months, weekly in their first year, monthly after), asking the site whether they changed.
    A run stopped at any moment (Ctrl-C, kill) loses at most the page in flight; run it again to go on.

    At the default --delay of 1 s the whole archive (about 25,000 questions) takes about 7 hours per
    language and rendering.

    \b
    Examples:
      python -m search harvest --legislature 7 --update
      python -m search harvest -l 5 --from 8900 --to 8920 --languages fr,nl
      python -m search harvest -l 3-7 --languages fr,nl --renderings web,print --contact me@example.org
      python -m search harvest -l 7 --base-url http://127.0.0.1:8000 --delay 0.1
    """
    chosen = [n for text in legislatures for n in _numbers(text, "--legislature")] or list(HARVEST_LEGISLATURES)
    langs = _choices(languages, INTERFACE_LANGUAGES, "--languages")
    kinds = _choices(renderings, HARVEST_RENDERINGS, "--renderings")
    if delay < 0 or timeout <= 0 or tries < 1 or stop_after < 1:
        raise click.BadParameter("--delay must be ≥ 0, --timeout > 0, --tries and --stop-after ≥ 1")
    bar = _harvest_bar(harvest_plan(seeds, chosen, first, last, stop_after)) if sys.stderr.isatty() else None

    def progress(numbers: int, pages: int, legislature: int, number: int) -> None:
        bar.update(numbers - bar.pos, f"{legislature}-{number}, {pages} page(s) fetched")

    try:
        with bar or contextlib.nullcontext():
            report = harvest_pages(seeds, chosen, first, last, langs, kinds, base_url=base_url, delay=delay,
                                   contact=contact, timeout=timeout, tries=tries, stop_after=stop_after,
                                   revisit=not no_revisit, progress=progress if bar else None)
    except BuildError as exc:
        _fail(str(exc))
    click.echo(report.summary())
    if report.stopped and report.requests <= 1 and not report.kept:
        _fail(report.stopped)
    if then_update:
        _run_build(update_index, seeds, index, False, True, "updated")


def _filters(pairs) -> dict[str, list[str]]:
    filters: dict[str, list[str]] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not value:
            raise click.BadParameter(f"{pair!r}: write FIELD=VALUE, e.g. status=answered", param_hint="--filter")
        filters.setdefault(name.strip(), []).append(value.strip())
    return filters


QUERY_HELP = f"""Search the index and print the hits: id, title, score, matching passages.

    TEXT uses the search box's language: words (ANDed), OU / OR / OF, SAUF / NOT / NIET, -word,
    "exact phrase", prefix*, a question number (5-8917), and fields, in French or in Dutch:

    \b
      {field_names("fr")}
      {field_names("nl")}

    e.g. statut:répondue (status:beantwoord), annee:2013 (jaar:2013), langue:nl (taal:nl),
    version:print (versie:print), ministere:justice (ministerie:justitie),
    date:2012-01..2013-06 (datum:…). When few questions match, those holding most of the words
    and those on the same subject follow, marked; a misspelled word is corrected (--as-typed: not).

    Example: python -m search query 'ministre:"fonction publique" "médias sociaux"' --json
    """


@main.command(context_settings={"ignore_unknown_options": True}, help=QUERY_HELP)
@click.argument("text", default="")
@INDEX
@click.option("--json", "as_json", is_flag=True, help="Print the page of results as JSON (the web API's data).")
@click.option("--limit", "-n", default=10, show_default=True, help="Results per page.")
@click.option("--page", default=1, show_default=True, help="Page number.")
@click.option("--sort", type=click.Choice(SORTS), default="relevance", show_default=True)
@click.option("--filter", "filters", multiple=True, metavar="FIELD=VALUE",
              help=f"Keep questions with this facet value (repeatable): {', '.join(FACET_NAMES)}.")
@click.option("--facet", "facets", multiple=True, type=click.Choice(FACET_NAMES),
              help="Print the counts of this facet (repeatable).")
@click.option("--from", "date_from", metavar="DATE", help="Asked on or after (2013, 2013-04, 2013-04-30).")
@click.option("--to", "date_to", metavar="DATE", help="Asked on or before.")
@click.option("--budget", default=TIME_BUDGET, show_default=True, metavar="SECONDS",
              help="Time the evaluation may take before it returns what it has, marked partial (0: no limit).")
@click.option("--as-typed", is_flag=True, help="No spelling correction, even when nothing holds every word.")
def query(text, index, as_json, limit, page, sort, filters, facets, date_from, date_to, budget, as_typed):
    request = SearchRequest(text, _filters(filters), date_from, date_to, sort, page, limit, budget=budget,
                            spell=not as_typed)
    try:
        result = search(Engine(index), request)
    except QueryError as exc:
        _fail(english(exc))
    except NoIndex as exc:
        _fail(str(exc))
    if as_json:
        click.echo(json.dumps(result.to_json(), ensure_ascii=False, indent=1))
        return
    click.echo(f"{result.total} result(s), {result.questions} question(s), page {result.page}/{result.pages}"
               f" in {result.took_ms:.0f} ms")
    if result.partial:
        click.echo("partial results: the query took longer than its time budget (--budget); narrow it down")
    if result.corrected_from is not None:
        click.echo(f"no question holds every word of {result.corrected_from!r}: results for {result.query!r}")
    elif result.suggestion:
        click.echo(f"did you mean: {result.suggestion}")
    if any(r.missing for r in result.results):
        click.echo(f"{result.all_words} result(s) hold every word; the others lack some (marked 'missing')")
    for r in result.results:
        click.echo(f"\n{r.id}  {r.score:.2f}  {r.title}")
        if r.missing:
            click.echo(f"   missing: {', '.join(r.missing)}")
        if r.subject:
            click.echo(f"   same subject: {', '.join(r.subject)} (none of the words)")
        if r.related:
            click.echo("   in other words: none of the words, several that the best results share")
        click.echo(f"   {r.asked_on} · {r.author or '?'} ({r.party or '-'}) → {r.addressee or '?'} · {r.status}"
                   f" · {r.matching_passages} passage(s)")
        if r.siblings:
            matching = sum(s.matched for s in r.siblings)
            click.echo(f"   also asked to {len(r.siblings)} other minister(s), {matching} matching too: "
                       f"{', '.join(s.id + ('*' if s.matched else '') for s in r.siblings)}")
        for s in r.snippets:
            click.echo(f"   [{s.part} #{s.anchor}] {_terminal(s.html)}")
    if result.without_one_word:
        click.echo("with a word less: " + " · ".join(f"{a.query!r} ({a.total})" for a in result.without_one_word))
    for name in facets:
        click.echo(f"\n{name}:")
        for v in result.facets[name]:
            click.echo(f"  {v.count:6d}  {v.value}{'  *' if v.selected else ''}")


def _terminal(html: str) -> str:
    import html as htmllib
    text = html.replace("<mark>", "\x00").replace("</mark>", "\x01")
    text = htmllib.unescape(text).replace("\n", " ")
    if sys.stdout.isatty():
        return text.replace("\x00", "\x1b[1;33m").replace("\x01", "\x1b[0m")
    return text.replace("\x00", "[").replace("\x01", "]")


@main.command()
@click.argument("file", type=click.Path(dir_okay=True, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the parsed record as JSON (FORMAT.md, in the repository).")
def parse(file, as_json):
    """Parse one source document and print its record.

    Example: python -m search parse seeds/000_7920259182f321fb.txt --json
    """
    try:
        record = parse_file(file)
    except ParseError as exc:
        _fail(str(exc))
    data = record.to_json()
    if as_json:
        click.echo(json.dumps(data, ensure_ascii=False, indent=1))
        return
    for key, value in data.items():
        if key == "passages":
            click.echo(f"passages: {len(value)}")
        elif key in ("question", "answer") and value:
            click.echo(f"{key}: {value[:200]}{'…' if len(value) > 200 else ''}")
        elif isinstance(value, list):
            click.echo(f"{key}: {len(value)}")
            for item in value:
                click.echo(f"  {item if not isinstance(item, dict) else ' '.join(str(v) for v in item.values())}")
        else:
            click.echo(f"{key}: {value}")


@main.command(context_settings={"ignore_unknown_options": True})
@click.argument("text", default="")
@INDEX
@click.option("--json", "as_json", is_flag=True, help="Print the counts and the table as JSON (the web API's data).")
@click.option("--filter", "filters", multiple=True, metavar="FIELD=VALUE", help="As for query (repeatable).")
@click.option("--from", "date_from", metavar="DATE", help="Asked on or after.")
@click.option("--to", "date_to", metavar="DATE", help="Asked on or before.")
@click.option("--by", type=click.Choice(list(STAT_BYS)), default="portfolio", show_default=True,
              help="A row per ministry (portfolio), government, holder (the minister, where known) or title as printed.")
@click.option("--sort", "--order", "sort", type=click.Choice(STAT_SORTS), default="questions", show_default=True,
              help="Order of the table (the site's order=).")
def stats(text, index, as_json, filters, date_from, date_to, by, sort):
    """Count questions by status, legislature, year, language and rendering, and a row per ministry
    (or government, holder, title): questions, % answered, median and 90th-percentile days to answer,
    overdue pending, the oldest pending; with each ministry's titles and holders. Titles that name no
    portfolio of the table are listed with a file, so that the table can grow.

    TEXT and the options select questions as a search does.

    Example: python -m search stats 'statut:en-attente' --by portfolio --sort overdue
    """
    request = SearchRequest(text, _filters(filters), date_from, date_to, size=1, facet_limit=MAX_FACET_LIMIT)
    try:
        engine = Engine(index)
        page = search(engine, request)
        figures = statistics(engine, request, sort=sort, by=by)
    except QueryError as exc:
        _fail(english(exc))
    except NoIndex as exc:
        _fail(str(exc))
    counts = {name: {v.value: v.count for v in page.facets[name]}
              for name in ("status", "legislature", "year", "language", "rendering", "government")}
    if as_json:
        click.echo(json.dumps({"questions": page.questions, **counts, "by": by, "table": figures.to_json()},
                              ensure_ascii=False, indent=1))
        return
    click.echo(f"{page.questions} questions")
    for name, values in counts.items():
        click.echo(f"\n{name}:")
        for value, count in values.items():
            click.echo(f"  {count:6d}  {value}")
    click.echo(f"\n questions  answered  median  p90  overdue  oldest pending  {by}")
    for r in figures.rows + [figures.overall]:
        median = "-" if r.median_days is None else f"{r.median_days:.0f}"
        p90 = "-" if r.p90_days is None else str(r.p90_days)
        name = r.addressee if by in ("holder", "title") or r.value is None else \
            f"{r.value} ({portfolio_label(r.value) if by == 'portfolio' else government_by_code(r.value).name})"
        click.echo(f"{r.questions:10d}  {r.answered_pct:7.1f}%  {median:>6}  {p90:>4}  {r.overdue:7d}  "
                   f"{r.oldest_pending or '-':>14}  {name}")
        for title, n in r.titles[:3]:
            click.echo(f"{'':52}title: {title} ({n})")
        if r.holders:
            click.echo(f"{'':52}held by: " + ", ".join(f"{h} ({n})" for h, n in r.holders[:4]))
    for title, n, source in figures.unmapped:
        click.echo(f"no portfolio for {title!r} ({n} question(s), e.g. {source}): "
                   f"add its words to search/ministries/portfolios.csv", err=True)


@main.command()
@INDEX
@click.option("--sample", default=0, show_default=True, metavar="TERMS",
              help="Compare the postings of this many terms, drawn at random (0: every term).")
def check(index, sample):
    """Hold the live index's query arrays against Whoosh's passage index, its index of record.

    Counts the questions and passages on each side, checks that each Whoosh record names the
    question its row holds, and compares every term's passages (or a sample of terms). Exits 1
    and lists what disagrees: rebuild with `python -m search build`.

    Example: python -m search check --sample 2000
    """
    try:
        report = check_index(index, sample)
    except NoIndex as exc:
        _fail(str(exc))
    for problem in report.problems:
        click.echo(f"problem: {problem}", err=True)
    click.echo(report.summary())
    if report.problems:
        sys.exit(1)


@main.command()
@SEEDS
@INDEX
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=5000, show_default=True, help="Port to listen on.")
@click.option("--threads", default=0, help="Threads in all, shared by the worker processes (default: two per worker).")
@click.option("--workers", default=0, help="Worker processes (default: one per core, at most 4).")
def serve(seeds, index, host, port, threads, workers):
    """Serve the search site (gunicorn, one worker per core); build the index from the seeds first if there is none.

    Example: python -m search serve   (then open http://127.0.0.1:5000)
    """
    live = IndexStore(index).current()
    if live is None:
        click.echo(f"no index in {index}/ yet: building it from {seeds}/", err=True)
        _run_build(build_index, seeds, index, False, True, "built")
    elif missing_fields(live):
        click.echo(f"the index in {index}/ was built by an older version: rebuilding it from {seeds}/", err=True)
        _run_build(build_index, seeds, index, False, True, "built")
    from web.serve import serve as run  # the CLI is an edge: the library itself never imports Flask

    click.echo(f"serving http://{host}:{port}/ (index {index}/); Ctrl-C stops", err=True)
    run(str(index), str(seeds), host, port, threads, workers)


@main.group()
def alerts():
    """Following by e-mail: send what is due, list what is followed.

    The mail server and the links come from the environment (Flask-Mail's names with the SEARCH_ prefix):
    SEARCH_MAIL_SERVER, SEARCH_MAIL_PORT, SEARCH_MAIL_USE_TLS, SEARCH_MAIL_USE_SSL, SEARCH_MAIL_USERNAME,
    SEARCH_MAIL_PASSWORD, SEARCH_MAIL_DEFAULT_SENDER, SEARCH_PUBLIC_URL; the subscriptions are in
    <index>/alerts.sqlite unless SEARCH_ALERTS_DB names a file.
    """


def _alerts_app(index: Path):
    from web import create_app  # the messages are the site's: its templates and catalogues

    return create_app({"INDEX_DIR": str(index)})


@alerts.command("send")
@INDEX
@click.option("--dry-run", is_flag=True, help="Print what would be sent; send nothing, change nothing.")
def alerts_send(index, dry_run):
    """Send every address the news its follows have, one message each (after `harvest --update`, on a timer).

    What the mail server accepted is never sent again; a run killed at any moment and run again repeats at
    most the message in flight; a server that refuses for a while is tried again next run.

    Example: python -m search harvest --update && python -m search alerts send
    """
    from web import mail

    app = _alerts_app(index)
    try:
        report = mail.send(app, dry_run=dry_run)
    except NoIndex as exc:
        _fail(str(exc))
    for message in report.previews:
        click.echo(f"To: {message['To']}\nSubject: {message['Subject']}\n")
        click.echo(message.get_body(("plain",)).get_content())
    click.echo(("dry run: " if dry_run else "") + report.summary())


@alerts.command("list")
@INDEX
def alerts_list(index):
    """List every address and what it follows.

    Example: python -m search alerts list
    """
    from web import mail

    for address, follows in mail.store(_alerts_app(index)).everything():
        state = "stopped" if address.stopped else "confirmed" if address.confirmed else "not confirmed"
        click.echo(f"{address.email} ({address.language}, {state})")
        for f in follows:
            click.echo(f"  {f.kind}: {f.label} [{f.news}, {f.frequency}"
                       f"{'' if f.confirmed else ', waiting for confirmation'}; news after build {f.since}]")


@main.command()
@click.option("--questions", "-n", default=1000, show_default=True, help="How many questions to write.")
@click.option("--out", required=True, type=click.Path(file_okay=False, path_type=Path), help="Folder to write into.")
@click.option("--seed", default=0, show_default=True, help="Same seed, same files.")
def synth(questions, out, seed):
    """Write a realistic synthetic archive in the layout of seeds/, for benchmarks.

    Example: python -m search synth --questions 10000 --out /tmp/synth --seed 1
    """
    from ..tools.synth import synthesize

    specs = synthesize(questions, out, seed)
    click.echo(f"wrote {len(specs)} questions to {out}/")
