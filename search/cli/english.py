"""The library's query errors in English, for the command line (which speaks English throughout).

QueryError keeps its French template and values apart (search.errors); the site translates
the template with its gettext catalogues, the CLI with this table. tests/cli/test_english.py fails
when a QueryError of the library has no English here, or one that drops a placeholder.
"""
from __future__ import annotations

from ..errors import QueryError

MESSAGES = {
    "valeur « %(value)s » inconnue pour le filtre %(name)s ; valeurs possibles : %(known)s":
        "unknown value '%(value)s' for the filter %(name)s; possible values: %(known)s",
    "année « %(value)s » : donnez quatre chiffres, par exemple %(example)s":
        "year '%(value)s': give four digits, e.g. %(example)s",
    "législature « %(value)s » : donnez un numéro, par exemple %(example)s":
        "legislature '%(value)s': give a number, e.g. %(example)s",
    "texts « %(value)s » : 1 (avec le texte des questions et des réponses) ou 0":
        "texts '%(value)s': 1 (with the texts of the questions and answers) or 0",
    "tri inconnu « %(value)s » ; choix : %(known)s": "unknown sort '%(value)s'; choices: %(known)s",
    "ordre « %(value)s » inconnu ; choix : %(known)s": "unknown order '%(value)s'; choices: %(known)s",
    "dates à l'envers « %(value)s » : la première doit précéder la seconde, %(fixed)s":
        "dates the wrong way round '%(value)s': the first must come before the second, %(fixed)s",
    "la requête ne contient ni lettre ni chiffre : tapez les mots à chercher":
        "the query holds no letter or digit: type the words to search for",
    "taille de page %(value)d : choisissez entre 1 et %(limit)d": "page size %(value)d: choose from 1 to %(limit)d",
    "page %(value)d : choisissez entre 1 et %(limit)d": "page %(value)d: choose from 1 to %(limit)d",
    "filtre inconnu « %(value)s » ; filtres possibles : %(known)s": "unknown filter '%(value)s'; possible filters: %(known)s",
    "facet_limit %(value)d : choisissez entre 1 et %(limit)d": "facet_limit %(value)d: choose from 1 to %(limit)d",
    "la requête ne contient que des mots trop courants (le, de, pour…) : ajoutez un mot précis":
        "the query holds only words too common to search (le, de, pour…): add a precise word",
    "requête trop longue (%(chars)d caractères, maximum %(limit)d) : raccourcissez-la":
        "query too long (%(chars)d characters, at most %(limit)d): shorten it",
    "parenthèse fermante « ) » sans parenthèse ouvrante : retirez-la ou ajoutez « ( »":
        "closing parenthesis ')' without an opening one: remove it or add '('",
    "requête trop complexe (plus de %(limit)d termes) : simplifiez-la":
        "query too complex (more than %(limit)d terms): simplify it",
    'guillemet « " » non fermé : ajoutez le guillemet fermant ou retirez-le':
        "unclosed quote '\"': add the closing quote or remove it",
    "« SAUF » ou « - » doit être suivi d'un mot à exclure": "'SAUF' or '-' must be followed by a word to exclude",
    "trop de parenthèses imbriquées (20 au plus) : simplifiez la requête":
        "too many nested parentheses (20 at most): simplify the query",
    "parenthèse « ( » non fermée : ajoutez « ) » ou retirez-la": "unclosed parenthesis '(': add ')' or remove it",
    "parenthèse fermante « ) » sans parenthèse ouvrante": "closing parenthesis ')' without an opening one",
    'champ inconnu « %(name)s: » ; champs possibles : %(known)s. Pour chercher le mot lui-même, mettez-le entre '
    'guillemets : "%(name)s:"':
        "unknown field '%(name)s:'; possible fields: %(known)s. To search for the word itself, put it in quotes: "
        '"%(name)s:"',
    "« %(name)s: » doit être suivi d'une valeur, par exemple %(name)s:valeur":
        "'%(name)s:' must be followed by a value, e.g. %(name)s:value",
    "« %(name)s: » doit être suivi d'un mot ou d'une \"expression entre guillemets\"":
        "'%(name)s:' must be followed by a word or a \"quoted phrase\"",
    "« %(value)s » : mettez au moins %(min)d lettres avant « * »": "'%(value)s': put at least %(min)d letters before '*'",
    "statut inconnu « %(value)s » ; valeurs possibles : répondue, en-attente, caduque, clôturée, retirée, requalifiée":
        "unknown status '%(value)s'; possible values: répondue, en-attente, caduque, clôturée, retirée, requalifiée "
        "(or answered, pending, lapsed, closed, withdrawn, requalified)",
    "numéro « %(value)s » : donnez-le sous la forme 5-8917": "number '%(value)s': write it as 5-8917",
    "regroupement inconnu « %(value)s » ; choix : %(known)s": "unknown grouping '%(value)s'; choices: %(known)s",
    "« %(value)s » ne correspond à aucune valeur du filtre %(name)s ; par exemple : %(known)s":
        "'%(value)s' matches no value of the filter %(name)s; for example: %(known)s",
    "langue « %(value)s » : choisissez fr, nl ou de (français, néerlandais, allemand)":
        "language '%(value)s': choose fr, nl or de (French, Dutch, German)",
    "date « %(value)s » : écrivez 2013, 2013-04, 2013-04-30 ou un intervalle 2012-01..2013-06":
        "date '%(value)s': write 2013, 2013-04, 2013-04-30 or a range 2012-01..2013-06",
}


def english(error: QueryError) -> str:
    """The error's message in English (its French one if the table lacks it)."""
    template = MESSAGES.get(error.template)
    if template is None:
        return str(error)
    return template % error.params_in("en") if error.params else template
