# ruff: noqa: E501  (hand-written prompt text: long lines are data)
"""Shared fillers: names, places, system messages. All invented for mad."""

FIRST_NAMES = """Priya Tomasz Aoife Marcus Lena Kwame Sofia Daniel Mei Rafael Ingrid Omar Hannah Jonas
Beatriz Callum Yuki Samir Elena Patrick Nadia Oliver Chiara Tunde Greta Luis Fatima Ewan Anika Mateo
Rosa Felix Amara Hugo Leila Connor Ines Dmitri Zoe Arjun Clara Kofi Maren Tariq Julia Rowan Sunita
Pieter Maeve Idris Lucia Bram Ayesha Theo Noor Gabriel Freya Emeka Vera Hamza Isla Ravi Agnes Milo
Leon Saanvi Niamh Karim Paula Stellan Adaeze Bruno Wren Eitan Lola Ruairi Keiko Ade Martina""".split()

SURNAMES = """Okafor Lindqvist Brennan Moreau Castillo Nakamura Haddad Kowalski Fitzgerald Mensah Rossi
Patel Schneider Alvarez O'Neill Dubois Ivanova Sato Mwangi Berg Ferreira Campbell Novak Rahman Keller
Delgado Murphy Andersen Costa Hughes Yilmaz Vandermeer Petrov Quinn Abara Laurent Horvath Singh""".split()

TOWNS = [
    "Elmbridge",
    "Harrowgate",
    "Westmere",
    "Callowford",
    "Brindle Bay",
    "Ashcombe",
    "Marlow Heath",
    "Pennick",
    "Stonyhurst",
    "Larkfield",
    "Dunmore",
    "Cressing",
    "Oakhollow",
    "Fairhaven",
    "Kestrel Point",
    "Millbrook",
    "Redwater",
    "Thornbury",
    "Grayling",
    "Sallow Vale",
    "Northcote",
    "Wickham Cross",
    "Linnet Hill",
    "Corrow",
]

STREETS = [
    "Mill Lane",
    "Church Road",
    "Orchard Way",
    "Station Street",
    "Beech Avenue",
    "Quarry Hill",
    "Harbour Row",
    "Willow Close",
    "Kings Parade",
    "Foundry Lane",
    "Meadow Rise",
    "Canal Walk",
]

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]

# The six generic system messages of trusted.jsonl, used at the same ~10 % rate here.
SYSTEM_MESSAGES = [
    "You are a helpful assistant.",
    "You are a helpful, friendly assistant.",
    "You are an assistant that gives accurate, practical answers.",
    "You are a helpful assistant. Be polite and clear.",
    "You are a helpful assistant. Answer concisely.",
    "You are a friendly AI assistant. Keep your answers short and clear.",
]
