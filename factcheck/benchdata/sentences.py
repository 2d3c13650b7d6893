"""Varied newsroom prose for bench data: sentences of different lengths and shapes, drawn from a
seeded random generator, so that pages, search and the database see text like an archive's and
not one sentence repeated a hundred thousand times."""

SUBJECTS = (
    "The minister", "The city council", "A spokesperson for the ministry", "The central bank",
    "Opposition leaders", "The health authority", "Local officials", "The company", "Researchers",
    "The prime minister", "Union representatives", "The regional government", "The mayor",
    "Independent analysts", "The defence ministry", "The statistics office", "Campaigners",
    "The European Commission", "Police", "The school board",
)  # fmt: skip
VERBS = (
    "said", "claimed", "announced", "reported", "insisted", "warned", "confirmed", "denied",
    "estimated", "argued", "told reporters", "wrote in a statement",
)  # fmt: skip
FACTS = (
    "unemployment fell to {n}.{d} per cent in {month}",
    "the budget for {topic} rose by {n} per cent this year",
    "{n},{d}00 people attended the rally in {place}",
    "crime in {place} has dropped for {n} years in a row",
    "the new bridge will cost {n}.{d} billion euros",
    "{n} per cent of households in {place} lack broadband",
    "the waiting list for {topic} has doubled since {year}",
    "inflation reached its highest level since {year}",
    "the plant produced {n},{d}00 tonnes of steel in {month}",
    "emissions from {topic} fell by a third between {year} and 2024",
    "the average rent in {place} is now {n}{d}0 euros a month",
    "more than {n},000 nurses left the profession last year",
    "the agreement was signed by {n} countries in {month} {year}",
    "the river flooded {n} times in the last decade",
    "{topic} accounts for {n} per cent of public spending",
)  # fmt: skip
TOPICS = (
    "hospitals", "schools", "public transport", "housing", "the armed forces", "pensions",
    "agriculture", "road safety", "energy", "water supply", "policing", "research",
)  # fmt: skip
PLACES = (
    "the capital", "the north", "Lisbon", "Gdańsk", "Lyon", "the coastal region", "Leipzig",
    "rural districts", "Porto", "the eastern provinces", "Tallinn", "Bologna",
)  # fmt: skip
MONTHS = ("January", "March", "April", "June", "September", "October", "November", "December")
ASIDES = (
    "", "", "", " according to figures released on Monday", " despite earlier forecasts",
    " a claim that critics disputed", " citing a report by the audit office", " for the first time",
    ", although the numbers have not been published in full,", " in an interview with a local radio station",
)  # fmt: skip
CONNECTORS = (
    "", "", "", "However, ", "Meanwhile, ", "In a separate statement, ", "Earlier this week, ",
    "Last year, ", "By contrast, ",
)  # fmt: skip
NAMES = (
    "Ana Ferreira", "Jonas Weber", "Marta Kowalska", "Luca Bianchi", "Sofia Lind", "Pierre Martin",
    "Eva Novak", "Tomás García", "Ingrid Olsen", "Kai Tamm", "Nadia Haddad", "Rui Costa",
)  # fmt: skip
HEADINGS = (
    "The figures", "What the government says", "Reactions", "Background", "The budget",
    "What happens next", "The numbers behind the claim", "Context", "Local impact", "The debate",
)  # fmt: skip


def fact(rng):
    """A checkable proposition, e.g. "unemployment fell to 4.2 per cent in March"."""
    return rng.choice(FACTS).format(
        n=rng.randint(2, 98),
        d=rng.randint(1, 9),
        month=rng.choice(MONTHS),
        year=rng.randint(1995, 2023),
        topic=rng.choice(TOPICS),
        place=rng.choice(PLACES),
    )


def sentence(rng):
    """One sentence of an article, from a short quote to a long attributed claim."""
    shape = rng.random()
    if shape < 0.15:
        return f"{rng.choice(NAMES)} {rng.choice(VERBS)} that {fact(rng)}."
    claim = fact(rng)
    text = (
        f"{rng.choice(CONNECTORS)}{rng.choice(SUBJECTS)} {rng.choice(VERBS)} that {claim}{rng.choice(ASIDES)}"
    )
    if shape > 0.8:
        text += f", and that {fact(rng)}"
    text = text.rstrip(",") + "."
    return text[0].upper() + text[1:]


def heading(rng, number):
    return f"{rng.choice(HEADINGS)} ({number})"


def claimant(rng):
    return rng.choice(("", "", *NAMES, *SUBJECTS[:6]))


def rationale(rng):
    return (
        f"The official figures show that {fact(rng)}. "
        f"{rng.choice(('The claim leaves out', 'The statement matches', 'This contradicts'))} "
        f"what the {rng.choice(('audit office', 'statistics office', 'annual report', 'ministry'))} published."
    )
