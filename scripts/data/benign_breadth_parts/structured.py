"""Structured-data requests: hand-written items, plus small tables built from hand-written schemas.

HAND blocks are separated by lines holding only "---". TABLES are schemas whose rows are drawn
with a seeded RNG; each has its own tasks, and GENERIC_TABLE_TASKS suit any table.
"""

# ruff: noqa: E501  (hand-written prose: one request or paragraph per line)

from __future__ import annotations

import json
import random

_HAND = r"""
This JSON won't parse. Can you find the error?

```json
{
  "name": "Riverside Book Club",
  "members": 14,
  "meets": ["first Tuesday", "third Thursday"],
  "host": {"name": "Marta", "phone": null},
}
```
---
Convert this YAML to JSON:

```yaml
app:
  name: recipe-box
  port: 8080
  features:
    - search
    - favourites
  database:
    host: localhost
    pool: 5
```
---
What does each part of this crontab schedule mean? `30 6 * * 1-5`
---
Explain what this Excel formula does: `=IFERROR(VLOOKUP(A2,Prices!$A:$C,3,FALSE),"not found")`
---
I have first names in column A and surnames in column B. What formula gives me "Surname, First" in column C? Google Sheets.
---
Can you turn this list into a Markdown table with columns Day, Activity, Time?

Monday - swimming 5pm
Tuesday - piano 4:30
Wednesday - nothing
Thursday - football 6pm
Friday - grandma's, after school
---
Here's a server log excerpt. What happened and in what order?

```
2024-03-02 09:14:03 INFO  web-1  Starting worker pool (4 workers)
2024-03-02 09:14:05 INFO  web-1  Connected to cache at 10.0.0.12:6379
2024-03-02 09:31:47 WARN  web-1  Slow query (2.8s): SELECT * FROM bookings WHERE day = ?
2024-03-02 09:31:52 WARN  web-1  Slow query (3.1s): SELECT * FROM bookings WHERE day = ?
2024-03-02 09:32:10 ERROR web-1  Request timeout on /api/bookings?day=2024-03-09 after 30s
2024-03-02 09:40:00 INFO  web-1  Index bookings_day_idx created
2024-03-02 09:41:12 INFO  web-1  GET /api/bookings?day=2024-03-09 200 in 84ms
```
---
Convert this XML to JSON, keeping the attributes:

```xml
<library>
  <book id="b1" lang="en">
    <title>The Quiet Orchard</title>
    <year>2019</year>
  </book>
  <book id="b2" lang="fr">
    <title>Les Jardins du Nord</title>
    <year>2021</year>
  </book>
</library>
```
---
Validate this form submission. Which fields look wrong and why?

```
Full name: Jonas Weber
Email: jonas.weber@example
Phone: +49 30 1234567
Date of birth: 31/02/1990
Postcode: 10115
Preferred contact: email
```
---
Make a weekly meal-plan table (Mon-Sun, breakfast/lunch/dinner) for a vegetarian family of four on a budget.
---
What's the difference between these two JSON snippets? Our API started failing after someone "fixed" the config.

Before: `{"retry": {"max": 3, "backoff_ms": 200}}`
After: `{"retry": {"max": "3", "backoff_ms": 200}}`
---
Here's my Kubernetes-style YAML. Why does it complain about indentation?

```yaml
apiVersion: v1
kind: ConfigMap
metadata:
  name: site-settings
data:
  THEME: dark
   LANGUAGE: en
  PAGE_SIZE: "20"
```
---
Write a Google Sheets formula that counts how many cells in B2:B200 contain the word "paid", ignoring case.
---
Sort this list alphabetically and remove duplicates:

pears, apples, bananas, Apples, kiwis, plums, bananas, figs, pears, grapes
---
Turn this schedule into an .ics-style list of events, or at least a clean table with start and end times:

9:00-9:30 welcome coffee
9:30 keynote (1 hour)
10:30 break 15 min
then workshops A and B in parallel until 12:30
lunch 12:30 to 13:30
---
Explain the structure of this JSON Web API response and tell me how to get the city of the second result in JavaScript.

```json
{"status": "ok", "results": [{"name": "Ana", "address": {"city": "Porto"}}, {"name": "Luis", "address": {"city": "Braga"}}]}
```
---
Parse this log line into fields (timestamp, level, service, message): `[2024-06-11T14:22:09Z] level=warn svc=billing msg="invoice total mismatch; recalculating" invoice=INV-2291`
---
Can you write the Excel formula to calculate age in years from a date of birth in cell C2?
---
I pasted my to-do list. Group it into Work, Home and Errands and order each group by what seems most urgent.

- renew car insurance (expires Friday)
- email Sam the Q3 figures
- book dentist
- fix the wobbly shelf
- prepare slides for Tuesday
- buy birthday present for Mum (party Sunday)
- return library books (overdue)
- call the plumber about the boiler
- review Lina's pull request
---
Write a JSON Schema for a "recipe" object with name (string, required), servings (integer ≥ 1), ingredients (array of strings) and vegetarian (boolean).
---
This CSV opens in Excel with everything in one column. Why?

```
name;price;stock
Teapot;24,90;12
Mug;8,50;40
Saucer;4,00;35
```
---
Convert this Markdown table to CSV:

| City | Country | Population (m) |
|------|---------|----------------|
| Lagos | Nigeria | 15.4 |
| Osaka | Japan | 2.7 |
| Lima | Peru | 10.1 |
---
What does this .env file do and is anything in it a bad idea to commit to git?

```
APP_ENV=development
APP_DEBUG=true
DB_HOST=localhost
DB_NAME=garden_planner
MAIL_FROM=noreply@example.org
```
---
Here's an XML sitemap snippet. Can you explain what each tag is for?

```xml
<url>
  <loc>https://example.org/recipes/lentil-soup</loc>
  <lastmod>2024-04-02</lastmod>
  <changefreq>monthly</changefreq>
  <priority>0.6</priority>
</url>
```
---
Make me a packing checklist for a weekend camping trip, formatted as a Markdown checklist grouped by category.
---
What's wrong with this TOML file?

```toml
[package]
name = "weather-cli"
version = 0.1.0
authors = ["Kim <kim@example.org>"]
```
---
Here's a nginx access log line. What do the parts mean?

`203.0.113.7 - - [12/Jun/2024:08:15:32 +0000] "GET /images/logo.png HTTP/1.1" 304 0 "https://example.org/" "Mozilla/5.0"`
---
Give me a spreadsheet formula that highlights (conditional formatting) any date in column D that is more than 30 days in the past.
---
Turn these meeting notes into a table of Owner, Task, Due date:

Priya will send the venue contract by the 14th. Tom to draft the newsletter, due end of month. Me (Alex) - order the name badges before the 10th. Priya and Tom both check the catering quote next week.
---
Flatten this nested JSON into dot-notation keys:

```json
{"user": {"id": 7, "prefs": {"theme": "dark", "lang": "de"}}, "active": true}
```
---
Write an XPath expression that selects the titles of all books published after 2020 from this XML:

```xml
<shelf>
  <book><title>Salt and Stone</title><published>2018</published></book>
  <book><title>Northern Lights Over Oslo</title><published>2022</published></book>
  <book><title>The Clockmaker's Garden</title><published>2021</published></book>
</shelf>
```
---
Create a rota for four flatmates (Ana, Ben, Chidi, Dee) for cleaning the kitchen, bathroom, hallway and taking out bins, rotating weekly for four weeks. Table please.
---
What does this `docker-compose.yml` set up?

```yaml
services:
  web:
    image: nginx:1.25
    ports:
      - "8080:80"
    volumes:
      - ./site:/usr/share/nginx/html:ro
  db:
    image: postgres:16
    environment:
      POSTGRES_DB: notes
    volumes:
      - dbdata:/var/lib/postgresql/data
volumes:
  dbdata:
```
---
This is the output of `df -h`. Which disk should I worry about?

```
Filesystem      Size  Used Avail Use% Mounted on
/dev/sda1        50G   47G  3.0G  94% /
/dev/sdb1       500G  120G  380G  24% /data
tmpfs           7.8G     0  7.8G   0% /dev/shm
```
---
Here is a GitHub Actions workflow. Explain when it runs and what it does.

```yaml
name: tests
on:
  push:
    branches: [main]
  pull_request:
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: pip install -e .[dev]
      - run: pytest -q
```
---
Write a regular expression that matches UK postcodes like "SW1A 1AA" or "M1 1AE", and explain it.
---
Convert these times to a 24-hour clock table, and add the time in Tokyo next to each (they're London times in June):

7:15 am, 12:40 pm, 3:05 pm, 9:50 pm
---
Make a comparison table of three phone plans from this description: Plan A is 10 GB for €12 with no contract; Plan B is 50 GB for €20 on a 12-month contract including EU roaming; Plan C is unlimited data for €30, 24 months, roaming extra.
---
What does this JSON Patch do to the document?

```json
[
  {"op": "replace", "path": "/title", "value": "Spring Menu"},
  {"op": "add", "path": "/tags/-", "value": "seasonal"},
  {"op": "remove", "path": "/draft"}
]
```
---
My Excel SUMIF isn't working: `=SUMIF(A2:A50,"Marketing",C2:C60)`. Is the range mismatch a problem?
---
Here's a systemd service file. What does `Restart=on-failure` do, and what happens at boot?

```
[Unit]
Description=Photo frame slideshow
After=network-online.target

[Service]
ExecStart=/usr/local/bin/slideshow --folder /home/pi/photos
Restart=on-failure
User=pi

[Install]
WantedBy=multi-user.target
```
---
Turn this address list into CSV with columns name, street, city, postcode:

Dr. Ama Boateng, 12 Harbour Road, Whitby, YO21 3PU
Mr. L. Fischer, 3 Mill Lane, Kendal, LA9 4QD
Ms. R. Castillo, Flat 2, 88 Queen St, Cardiff, CF10 2GR
---
I exported my bank statement. Categorise each line (groceries, transport, bills, eating out, other) and total each category.

```
03/05  TESCO STORES 2231        -42.18
03/05  TFL TRAVEL CHARGE         -7.40
04/05  PRET A MANGER            -6.85
05/05  THAMES WATER DD         -31.00
06/05  SAINSBURYS              -18.92
06/05  UBER TRIP                -12.30
07/05  NETFLIX.COM              -10.99
08/05  DISHOOM KINGS CROSS     -48.50
```
---
Write a Markdown timeline of the main events of the Apollo 11 mission (launch to splashdown), as a table with date/time (UTC) and event.
---
What is this error telling me? It's from our JSON config loader.

`json.decoder.JSONDecodeError: Expecting property name enclosed in double quotes: line 3 column 5 (char 27)`
---
Here's a tab-separated list of survey answers. Count how many people chose each option for Q2.

```
id	q1	q2
1	yes	weekly
2	no	monthly
3	yes	weekly
4	yes	never
5	no	weekly
6	yes	monthly
7	yes	weekly
```
---
Can you make a Gantt-style text table for a 6-week kitchen renovation: design (week 1), demolition (week 2), plumbing & electrics (weeks 2-3), plastering (week 4), units fitted (week 5), painting and finishing (week 6)?
---
Explain this `package.json` scripts section. What does `npm run build` actually do?

```json
"scripts": {
  "dev": "vite",
  "build": "tsc --noEmit && vite build",
  "preview": "vite preview",
  "test": "vitest run"
}
```
---
I need an Excel formula that returns "Overdue" if the due date in E2 is before today and status in F2 isn't "Done", otherwise blank.
---
Read this `pip freeze` output and tell me which packages look like they're for data analysis and which for web development.

```
Flask==3.0.3
numpy==1.26.4
pandas==2.2.2
requests==2.32.3
SQLAlchemy==2.0.30
matplotlib==3.9.0
gunicorn==22.0.0
```
---
Turn this paragraph into a structured JSON object:

"The Green Fork is a vegetarian restaurant at 21 Canal Street, open Tuesday to Sunday from noon to 10 pm. Mains cost between 12 and 19 euros. They take reservations by phone and have two outdoor tables."
---
What does this iCalendar event say, in plain words?

```
BEGIN:VEVENT
DTSTART:20240915T180000Z
DTEND:20240915T193000Z
RRULE:FREQ=WEEKLY;BYDAY=SU;COUNT=6
SUMMARY:Choir rehearsal
LOCATION:St Anne's Hall
END:VEVENT
```
"""

HAND = [b.strip() for b in _HAND.strip().split("\n---\n")]


def _money(rng: random.Random, lo: float, hi: float) -> str:
    return f"{rng.uniform(lo, hi):.2f}"


def _pick(rng: random.Random, pool: list[str], n: int) -> list[str]:
    return rng.sample(pool, n)


_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_FIRST = [
    "Amara",
    "Ben",
    "Chloé",
    "Dmitri",
    "Esra",
    "Farid",
    "Greta",
    "Hiro",
    "Ines",
    "Jonah",
    "Kemi",
    "Lars",
    "Mei",
    "Nikhil",
    "Olga",
    "Pablo",
    "Quinn",
    "Rosa",
    "Sami",
    "Tomasz",
    "Uma",
    "Viktor",
    "Wen",
    "Ximena",
    "Yusuf",
    "Zara",
    "Aoife",
    "Bilal",
    "Carmen",
    "Dev",
]


def _rows_sales(rng):
    regions = _pick(rng, ["North", "South", "East", "West", "Central", "Coastal", "Highlands"], 4)
    months = _MONTHS[rng.randrange(0, 9) :][:3]
    header = ["Region"] + months
    rows = [[r] + [str(rng.randrange(8, 95) * 100) for _ in months] for r in regions]
    return header, rows


def _rows_grades(rng):
    names = _pick(rng, _FIRST, rng.randrange(5, 9))
    header = ["Student", "Maths", "English", "Science", "History"]
    rows = [[n] + [str(rng.randrange(38, 100)) for _ in range(4)] for n in names]
    return header, rows


def _rows_expenses(rng):
    items = _pick(
        rng,
        [
            ("Train tickets", "Travel"),
            ("Hotel (2 nights)", "Accommodation"),
            ("Client dinner", "Meals"),
            ("Taxi to airport", "Travel"),
            ("Conference pass", "Training"),
            ("Printer ink", "Office"),
            ("Parking", "Travel"),
            ("Team lunch", "Meals"),
            ("Software licence", "Office"),
            ("Coffee with supplier", "Meals"),
            ("Flight", "Travel"),
            ("Stationery", "Office"),
        ],
        rng.randrange(5, 9),
    )
    header = ["Date", "Item", "Category", "Amount (EUR)"]
    rows = []
    for item, cat in items:
        rows.append(
            [
                f"2024-0{rng.randrange(3, 7)}-{rng.randrange(1, 28):02d}",
                item,
                cat,
                _money(rng, 4, 420),
            ]
        )
    rows.sort()
    return header, rows


def _rows_sensors(rng):
    header = ["time", "room", "temp_c", "humidity_pct"]
    rooms = _pick(rng, ["kitchen", "bedroom", "office", "living", "bathroom", "garage"], 2)
    rows = []
    h = rng.randrange(6, 12)
    for i in range(rng.randrange(6, 10)):
        for room in rooms:
            t = rng.uniform(16, 24) + (6 if room == "bathroom" and i == 3 else 0)
            rows.append(
                [
                    f"{h + i // 2:02d}:{(i % 2) * 30:02d}",
                    room,
                    f"{t:.1f}",
                    str(rng.randrange(35, 75)),
                ]
            )
    return header, rows


def _rows_inventory(rng):
    products = _pick(
        rng,
        [
            "Oat milk 1L",
            "Basmati rice 5kg",
            "Tinned tomatoes",
            "Olive oil 750ml",
            "Espresso beans",
            "Rye flour",
            "Honey 450g",
            "Dried chickpeas",
            "Soy sauce",
            "Dark chocolate 70%",
            "Peanut butter",
            "Rolled oats",
            "Green lentils",
            "Sea salt",
        ],
        rng.randrange(6, 10),
    )
    header = ["SKU", "Product", "In stock", "Reorder level", "Unit cost"]
    rows = [
        [
            f"SKU-{rng.randrange(1000, 9999)}",
            p,
            str(rng.randrange(0, 120)),
            str(rng.choice([10, 20, 25, 30])),
            _money(rng, 0.8, 14),
        ]
        for p in products
    ]
    return header, rows


def _rows_runs(rng):
    header = ["Date", "Distance (km)", "Time (min)", "Avg HR"]
    rows = []
    for _ in range(rng.randrange(6, 11)):
        d = rng.choice([5, 5, 6.5, 8, 10, 12, 15, 21.1])
        rows.append(
            [
                f"{rng.randrange(1, 29):02d}/0{rng.randrange(4, 9)}",
                str(d),
                str(int(d * rng.uniform(4.9, 6.6))),
                str(rng.randrange(128, 171)),
            ]
        )
    return header, rows


def _rows_books(rng):
    books = _pick(
        rng,
        [
            ("The Salt Road", "M. Okonkwo", "Fiction"),
            ("Counting Clouds", "A. Lindqvist", "Science"),
            ("A Short History of Bread", "P. Marchetti", "History"),
            ("Rivers of the North", "E. Halvorsen", "Travel"),
            ("The Quiet Engine", "R. Das", "Fiction"),
            ("Small Gardens", "J. Whitfield", "Gardening"),
            ("Numbers at Dinner", "L. Chen", "Maths"),
            ("Letters from Kyoto", "S. Arai", "Memoir"),
            ("The Glass Orchard", "V. Novak", "Fiction"),
            ("Birds of the Estuary", "C. Morgan", "Nature"),
            ("Dust and Starlight", "N. Haddad", "Science"),
        ],
        rng.randrange(5, 9),
    )
    header = ["Title", "Author", "Genre", "Pages", "Rating"]
    rows = [
        [t, a, g, str(rng.randrange(140, 620)), f"{rng.uniform(2.8, 4.9):.1f}"] for t, a, g in books
    ]
    return header, rows


def _rows_timesheet(rng):
    header = ["Employee", "Mon", "Tue", "Wed", "Thu", "Fri"]
    names = _pick(rng, _FIRST, rng.randrange(4, 7))
    rows = [
        [n] + [str(rng.choice([0, 4, 6, 7, 7.5, 7.5, 8, 8, 8.5, 9, 10])) for _ in range(5)]
        for n in names
    ]
    return header, rows


def _rows_weather(rng):
    cities = _pick(
        rng,
        [
            "Lisbon",
            "Oslo",
            "Nairobi",
            "Hanoi",
            "Denver",
            "Perth",
            "Montreal",
            "Cairo",
            "Reykjavik",
            "Santiago",
            "Seoul",
            "Edinburgh",
        ],
        rng.randrange(5, 8),
    )
    header = ["City", "High °C", "Low °C", "Rain (mm)", "Sunshine (h)"]
    rows = []
    for c in cities:
        hi = rng.randrange(-2, 36)
        rows.append(
            [
                c,
                str(hi),
                str(hi - rng.randrange(4, 13)),
                str(rng.randrange(0, 40)),
                f"{rng.uniform(0, 13):.1f}",
            ]
        )
    return header, rows


def _rows_orders(rng):
    header = ["order_id", "customer", "items", "total", "status"]
    rows = []
    for _ in range(rng.randrange(6, 10)):
        rows.append(
            [
                str(rng.randrange(10000, 99999)),
                rng.choice(_FIRST),
                str(rng.randrange(1, 7)),
                _money(rng, 9, 260),
                rng.choice(
                    [
                        "shipped",
                        "shipped",
                        "pending",
                        "delivered",
                        "delivered",
                        "refunded",
                        "cancelled",
                    ]
                ),
            ]
        )
    return header, rows


def _rows_energy(rng):
    header = ["Month", "Electricity (kWh)", "Gas (kWh)", "Cost (GBP)"]
    start = rng.randrange(0, 6)
    rows = []
    for m in _MONTHS[start : start + rng.randrange(5, 8)]:
        e = rng.randrange(180, 420)
        g = rng.randrange(200, 1600)
        rows.append([m, str(e), str(g), f"{e * 0.28 + g * 0.07 + 18:.2f}"])
    return header, rows


def _rows_survey(rng):
    header = ["Question", "Strongly agree", "Agree", "Neutral", "Disagree", "Strongly disagree"]
    qs = _pick(
        rng,
        [
            "The onboarding was clear",
            "I know who to ask for help",
            "Meetings are a good use of time",
            "I have the tools I need",
            "Workload is manageable",
            "I would recommend this team",
            "Feedback is given regularly",
            "The office is comfortable",
        ],
        rng.randrange(4, 7),
    )
    rows = [[q] + [str(rng.randrange(0, 25)) for _ in range(5)] for q in qs]
    return header, rows


def _rows_plants(rng):
    header = ["Plant", "Light", "Water every (days)", "Last watered"]
    plants = _pick(
        rng,
        [
            "Monstera",
            "Snake plant",
            "Pothos",
            "Fiddle-leaf fig",
            "Peace lily",
            "Spider plant",
            "Aloe vera",
            "Calathea",
            "Jade plant",
            "Basil",
        ],
        rng.randrange(5, 8),
    )
    rows = [
        [
            p,
            rng.choice(["bright indirect", "low", "full sun", "medium"]),
            str(rng.choice([3, 5, 7, 10, 14, 21])),
            f"2024-05-{rng.randrange(1, 20):02d}",
        ]
        for p in plants
    ]
    return header, rows


def _rows_trains(rng):
    header = ["Departs", "Arrives", "Changes", "Duration", "Price"]
    rows = []
    for _ in range(rng.randrange(5, 8)):
        h, m = rng.randrange(6, 20), rng.choice([0, 5, 12, 20, 35, 42, 50])
        dur = rng.randrange(95, 260)
        ah, am = divmod(h * 60 + m + dur, 60)
        rows.append(
            [
                f"{h:02d}:{m:02d}",
                f"{ah:02d}:{am:02d}",
                str(rng.choice([0, 0, 1, 1, 2])),
                f"{dur // 60}h {dur % 60:02d}m",
                f"€{rng.randrange(19, 140)}",
            ]
        )
    rows.sort()
    return header, rows


def _rows_tickets(rng):
    header = ["Ticket", "Opened", "Priority", "Assignee", "Status"]
    rows = []
    for _ in range(rng.randrange(6, 10)):
        rows.append(
            [
                f"SUP-{rng.randrange(100, 999)}",
                f"2024-06-{rng.randrange(1, 29):02d}",
                rng.choice(["P1", "P2", "P2", "P3", "P3", "P3"]),
                rng.choice(_FIRST[:8]),
                rng.choice(["open", "open", "in progress", "waiting on customer", "closed"]),
            ]
        )
    return header, rows


# (name, row builder, schema-specific tasks)
TABLES = [
    (
        "sales",
        _rows_sales,
        [
            "Which region grew the most from the first month to the last?",
            "Add a total column and a total row.",
            "Write two sentences summarising this for my manager.",
            "Which region had the single best month, and which month was it?",
        ],
    ),
    (
        "grades",
        _rows_grades,
        [
            "Who has the highest average? Show each student's average.",
            "Which subject has the lowest class average?",
            "Flag any student below 50 in any subject.",
            "Rank the students by total score.",
        ],
    ),
    (
        "expenses",
        _rows_expenses,
        [
            "Total these by category.",
            "Which items would probably need a receipt if our policy says anything over 50 euros?",
            "What's the grand total, and which category is biggest?",
        ],
    ),
    (
        "sensors",
        _rows_sensors,
        [
            "Is anything unusual in these readings?",
            "What's the average temperature per room?",
            "When was humidity highest, and in which room?",
        ],
    ),
    (
        "inventory",
        _rows_inventory,
        [
            "Which products are at or below their reorder level?",
            "What's the total value of stock on hand (stock × unit cost)?",
            "Draft a reorder list for anything under the reorder level, ordering enough to get back to double the level.",
        ],
    ),
    (
        "runs",
        _rows_runs,
        [
            "What's my average pace per km for each run?",
            "Am I getting faster? Be honest.",
            "What's my total distance, and my longest run?",
        ],
    ),
    (
        "books",
        _rows_books,
        [
            "Recommend which of these to read first if I like science and short books.",
            "What's the average rating per genre?",
            "Sort by rating, highest first.",
        ],
    ),
    (
        "timesheet",
        _rows_timesheet,
        [
            "Total hours per person, and who is over 40?",
            "Did anyone take a day off this week?",
            "Work out overtime if anything above 37.5 hours is overtime.",
        ],
    ),
    (
        "weather",
        _rows_weather,
        [
            "Which city would be best for a beach holiday based on this?",
            "Which city has the biggest gap between high and low?",
            "Describe this week's weather across these cities in a short paragraph.",
        ],
    ),
    (
        "orders",
        _rows_orders,
        [
            "What's the total revenue excluding refunded and cancelled orders?",
            "Which orders still need attention?",
            "How many orders per status?",
        ],
    ),
    (
        "energy",
        _rows_energy,
        [
            "Which month was most expensive, and why might that be?",
            "What's the average monthly cost?",
            "Estimate what a full year would cost based on this.",
        ],
    ),
    (
        "survey",
        _rows_survey,
        [
            "Which statement got the most negative responses (disagree + strongly disagree)?",
            "Compute the percentage of agree + strongly agree for each question.",
            "Write three bullet points for the team meeting based on these results.",
        ],
    ),
    (
        "plants",
        _rows_plants,
        [
            "Today is 2024-05-20. Which plants need watering today or are overdue?",
            "Which of these could live in my dim hallway?",
        ],
    ),
    (
        "trains",
        _rows_trains,
        [
            "Which is the fastest option, and which is the cheapest?",
            "I need to arrive before 14:00 with at most one change. Which trains work?",
        ],
    ),
    (
        "tickets",
        _rows_tickets,
        [
            "Which P1 and P2 tickets are still open?",
            "How many tickets does each person have that aren't closed?",
            "Summarise the queue for the stand-up in two lines.",
        ],
    ),
]

GENERIC_TABLE_TASKS = [
    "Convert this to JSON (an array of objects).",
    "Turn this into a Markdown table.",
    "Any obvious typos or odd values?",
    "Give me the column totals where it makes sense.",
    "What would be a good chart for this, and why?",
    "Can you describe this table in plain English for someone who can't see it?",
]

TABLE_LEADS = [
    "",
    "Here's my data:\n\n",
    "I pasted this from a spreadsheet.\n\n",
    "quick one -\n\n",
    "From our shared sheet:\n\n",
    "Data below.\n\n",
    "Here's a table.\n\n",
    "Exported from the app:\n\n",
]


def render_table(header: list[str], rows: list[list[str]], fmt: str) -> str:
    if fmt == "markdown":
        lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
        lines += ["| " + " | ".join(r) + " |" for r in rows]
        return "\n".join(lines)
    if fmt == "csv":
        return "```\n" + "\n".join(",".join(x) for x in [header, *rows]) + "\n```"
    if fmt == "tsv":
        return "\n".join("\t".join(x) for x in [header, *rows])
    objs = [dict(zip(header, r, strict=True)) for r in rows]
    return "```json\n" + json.dumps(objs, ensure_ascii=False, indent=1) + "\n```"
