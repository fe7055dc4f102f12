"""Programming requests, part a: Python, JavaScript, TypeScript. Blocks start with "=== language"."""

# ruff: noqa: E501  (hand-written prose: one request or paragraph per line)

from __future__ import annotations

RAW = r"""
=== Python
Why does this print the same list three times instead of three different lists?

```python
rows = [[]] * 3
rows[0].append("x")
print(rows)
```
=== Python
Can you explain what this does, line by line? I found it in our codebase and nobody remembers who wrote it.

```python
from collections import defaultdict

def group_by_initial(names):
    groups = defaultdict(list)
    for n in sorted(names, key=str.casefold):
        groups[n[:1].upper()].append(n)
    return dict(groups)
```
=== Python
I get `KeyError: 'email'` sometimes. How do I make this not crash when a user has no email?

```python
def contact_line(user):
    return f"{user['name']} <{user['email']}>"
```
=== Python
Refactor this into something more readable, please. It works but I hate looking at it.

```python
def f(l):
    r = []
    for i in range(len(l)):
        if l[i] % 2 == 0:
            if l[i] > 10:
                r.append(l[i] * 2)
    return r
```
=== Python
Write pytest tests for this function. Cover the edge cases you think matter.

```python
def parse_duration(text: str) -> int:
    '''Turn "1h30m", "45m" or "2h" into minutes.'''
    hours, _, rest = text.partition("h")
    if not rest and "m" in hours:
        return int(hours.rstrip("m"))
    minutes = int(rest.rstrip("m")) if rest else 0
    return int(hours) * 60 + minutes
```
=== Python
my script is super slow on a 2 million line file, how can i speed it up?

```python
count = {}
with open("access.log") as fh:
    for line in fh.readlines():
        ip = line.split()[0]
        if ip in count.keys():
            count[ip] = count[ip] + 1
        else:
            count[ip] = 1
```
=== Python
What's the difference between `is` and `==` here? Why is the first True and the second False?

```python
a = 256
b = 256
print(a is b)
x = 1000
y = int("1000")
print(x is y)
```
=== Python
Review this dataclass, is there anything un-Pythonic or risky?

```python
from dataclasses import dataclass

@dataclass
class Basket:
    owner: str
    items: list = []

    def add(self, item):
        self.items.append(item)
```
=== Python
Convert this Python to JavaScript (modern, no libraries):

```python
def chunk(seq, size):
    return [seq[i:i + size] for i in range(0, len(seq), size)]

print(chunk(list(range(10)), 3))
```
=== Python
Could you add type hints to this and tell me if mypy would complain about anything?

```python
def merge_counts(a, b):
    out = dict(a)
    for k, v in b.items():
        out[k] = out.get(k, 0) + v
    return out
```
=== Python
I keep getting "RuntimeError: dictionary changed size during iteration". What's wrong?

```python
cache = {"a": 1, "b": None, "c": 3}
for key in cache:
    if cache[key] is None:
        del cache[key]
```
=== Python
How would you write this with pathlib instead of os.path?

```python
import os

def list_csvs(folder):
    out = []
    for name in os.listdir(folder):
        full = os.path.join(folder, name)
        if os.path.isfile(full) and name.endswith(".csv"):
            out.append(full)
    return sorted(out)
```
=== Python
Explain the async stuff here. Does `fetch_all` actually run the requests at the same time?

```python
import asyncio

async def fetch(i):
    await asyncio.sleep(1)
    return i * 2

async def fetch_all():
    return await asyncio.gather(*(fetch(i) for i in range(5)))

print(asyncio.run(fetch_all()))
```
=== Python
pandas question: I want the average price per category but only for rows from 2023. This gives me a SettingWithCopyWarning, why?

```python
recent = df[df["year"] == 2023]
recent["price"] = recent["price"].fillna(0)
print(recent.groupby("category")["price"].mean())
```
=== Python
Write a small Python function that checks whether a string is a palindrome, ignoring case, spaces and punctuation. Include a couple of doctest examples.
=== Python
Is there a cleaner way to do this? Feels like there should be a one-liner.

```python
words = ["apple", "bob", "kayak", "pear", "level"]
result = []
for w in words:
    if w == w[::-1]:
        result.append(w.upper())
```
=== Python
This recursive function blows up with RecursionError for n=5000. How can I make it iterative?

```python
def total(n):
    if n == 0:
        return 0
    return n + total(n - 1)
```
=== Python
what does the `*` in the function signature mean here??

```python
def resize(image, *, width, height, keep_ratio=True):
    ...
```
=== Python
Can you write a unittest (not pytest) class for this stack implementation?

```python
class Stack:
    def __init__(self):
        self._items = []

    def push(self, item):
        self._items.append(item)

    def pop(self):
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()

    def __len__(self):
        return len(self._items)
```
=== Python
Why does my default timestamp never change? Every row gets the same time.

```python
from datetime import datetime

def log_event(name, when=datetime.now()):
    print(f"{when:%H:%M:%S} {name}")
```
=== Python
I'm teaching a beginner class. Can you rewrite this in the simplest possible Python, with comments, so 14-year-olds can follow?

```python
print(*(("Fizz" * (i % 3 == 0) + "Buzz" * (i % 5 == 0)) or i for i in range(1, 21)), sep="\n")
```
=== Python
Help me understand this regex. What strings does it match?

```python
import re
pattern = re.compile(r"^(?P<year>\d{4})-(?P<month>0[1-9]|1[0-2])-(?P<day>\d{2})$")
```
=== Python
Turn this script into a proper CLI with argparse: it should take the input file and an optional --limit.

```python
import csv
rows = list(csv.DictReader(open("people.csv")))
for r in rows[:10]:
    print(r["name"], r["city"])
```
=== Python
Code review please. This is for reading a config file at startup.

```python
import json

def load_config(path):
    try:
        return json.load(open(path))
    except:
        return {}
```
=== Python
Convert this loop-based matrix multiply to numpy and tell me roughly how much faster it'd be.

```python
def matmul(a, b):
    n, m, p = len(a), len(b), len(b[0])
    out = [[0] * p for _ in range(n)]
    for i in range(n):
        for j in range(p):
            for k in range(m):
                out[i][j] += a[i][k] * b[k][j]
    return out
```
=== Python
Small thing: flake8 says "E731 do not assign a lambda expression". What should I write instead?

```python
square = lambda x: x * x
```
=== Python
Generate a Python class `Temperature` that stores Celsius internally and has `fahrenheit` and `kelvin` properties with setters. Keep it short.
=== Python
Why does this generator only work once? The second loop prints nothing.

```python
squares = (n * n for n in range(5))
for s in squares:
    print(s)
for s in squares:
    print("again", s)
```
=== Python
Explain what `functools.lru_cache` is doing here and whether it's safe to use on a method.

```python
from functools import lru_cache

class Pricing:
    @lru_cache(maxsize=None)
    def rate(self, region):
        return expensive_lookup(region)
```
=== Python
I wrote a tiny Flask app. Are there any obvious problems before I show it to my team?

```python
from flask import Flask, request, jsonify

app = Flask(__name__)
TODOS = []

@app.post("/todos")
def add_todo():
    TODOS.append(request.json["title"])
    return jsonify(ok=True), 201

@app.get("/todos")
def list_todos():
    return jsonify(TODOS)

if __name__ == "__main__":
    app.run(debug=True)
```
=== Python
Can you write hypothesis property-based tests for this function?

```python
def dedupe_keep_order(items):
    seen = set()
    out = []
    for x in items:
        if x not in seen:
            seen.add(x)
            out.append(x)
    return out
```
=== Python
How do I make this class sortable by `priority` then `created`?

```python
class Ticket:
    def __init__(self, title, priority, created):
        self.title = title
        self.priority = priority
        self.created = created
```
=== Python
Convert to Go please:

```python
def word_freq(text):
    freq = {}
    for w in text.lower().split():
        w = w.strip(".,!?;:")
        if w:
            freq[w] = freq.get(w, 0) + 1
    return sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))
```
=== Python
The float sum is off: `0.1 + 0.2` gives `0.30000000000000004`. I'm adding up invoice amounts. What should I use?

```python
total = sum(float(line["amount"]) for line in invoice_lines)
```
=== Python
Please explain this context manager. When exactly does "closing" print?

```python
from contextlib import contextmanager

@contextmanager
def opened(name):
    print("opening", name)
    try:
        yield name.upper()
    finally:
        print("closing", name)

with opened("report") as r:
    print("using", r)
    raise ValueError("oops")
```
=== JavaScript
Why does this log 3, 3, 3 instead of 0, 1, 2?

```javascript
for (var i = 0; i < 3; i++) {
  setTimeout(() => console.log(i), 100);
}
```
=== JavaScript
Explain what this reduce is doing, I find reduce really hard to read.

```javascript
const totals = orders.reduce((acc, o) => {
  acc[o.customer] = (acc[o.customer] || 0) + o.amount;
  return acc;
}, {});
```
=== JavaScript
Rewrite this callback code with async/await:

```javascript
function loadUser(id, cb) {
  db.get(id, (err, user) => {
    if (err) return cb(err);
    db.getPosts(user.id, (err2, posts) => {
      if (err2) return cb(err2);
      cb(null, { ...user, posts });
    });
  });
}
```
=== JavaScript
my fetch call always says "undefined" for data. what am i doing wrong

```javascript
function getWeather(city) {
  fetch(`/api/weather?city=${city}`)
    .then(r => r.json())
    .then(data => { return data; });
}
const w = getWeather("Oslo");
console.log(w);
```
=== JavaScript
Write Jest tests for this function:

```javascript
export function slugify(title) {
  return title
    .toLowerCase()
    .normalize("NFD").replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
```
=== JavaScript
Is there any difference between these two? My colleague insists the second is better.

```javascript
const copy1 = Object.assign({}, settings);
const copy2 = { ...settings };
```
=== JavaScript
Can you review this debounce implementation? I wrote it from memory.

```javascript
function debounce(fn, wait) {
  let t;
  return function (...args) {
    clearTimeout(t);
    t = setTimeout(() => fn.apply(this, args), wait);
  };
}
```
=== JavaScript
Sorting numbers gives me [1, 10, 2, 25, 3]. Why??

```javascript
const nums = [10, 2, 25, 1, 3];
nums.sort();
console.log(nums);
```
=== JavaScript
Convert this jQuery to plain DOM JavaScript:

```javascript
$(".faq-question").on("click", function () {
  $(this).next(".faq-answer").slideToggle();
  $(this).toggleClass("open");
});
```
=== JavaScript
Explain event bubbling using this example. Which handlers fire when I click the button?

```html
<div id="card">
  <button id="like">Like</button>
</div>
<script>
  document.getElementById("card").addEventListener("click", () => console.log("card"));
  document.getElementById("like").addEventListener("click", () => console.log("like"));
  document.body.addEventListener("click", () => console.log("body"));
</script>
```
=== JavaScript
Write a small Node.js script that reads a JSON file of products and prints the three most expensive ones. No external packages.
=== JavaScript
What does `?.` and `??` do in this line?

```javascript
const city = user?.address?.city ?? "Unknown";
```
=== JavaScript
This Express route sometimes hangs and never responds. Can you spot it?

```javascript
app.get("/report/:id", async (req, res) => {
  const report = await Report.findById(req.params.id);
  if (!report) {
    res.status(404);
  }
  res.json(report);
});
```
=== JavaScript
Refactor this to avoid the nested ternaries, please:

```javascript
const label = score > 90 ? "excellent" : score > 75 ? "good" : score > 50 ? "ok" : "needs work";
```
=== JavaScript
How would I write this in Python?

```javascript
const people = [{ name: "Ana", age: 31 }, { name: "Ben", age: 25 }];
const names = people.filter(p => p.age > 28).map(p => p.name.toUpperCase());
```
=== JavaScript
Why is `this` undefined inside my method when I pass it to addEventListener?

```javascript
class Counter {
  constructor() { this.count = 0; }
  increment() { this.count++; console.log(this.count); }
}
const c = new Counter();
document.querySelector("#btn").addEventListener("click", c.increment);
```
=== JavaScript
Can you explain promises vs async/await to a junior dev using this snippet as the example?

```javascript
getUser(1)
  .then(user => getOrders(user.id))
  .then(orders => console.log(orders.length))
  .catch(err => console.error("failed", err));
```
=== JavaScript
Code review: is this a reasonable way to deep clone an object?

```javascript
const clone = JSON.parse(JSON.stringify(original));
```
=== JavaScript
write a function that formats a number of seconds like 3725 as "1:02:05". plain js
=== JavaScript
This React component re-renders forever. What's wrong with the useEffect?

```javascript
function Profile({ id }) {
  const [user, setUser] = useState(null);
  useEffect(() => {
    fetch(`/api/users/${id}`).then(r => r.json()).then(setUser);
  });
  return <div>{user?.name}</div>;
}
```
=== JavaScript
What is a closure? Use this counter example to explain it.

```javascript
function makeCounter() {
  let n = 0;
  return () => ++n;
}
const next = makeCounter();
next(); next();
console.log(next());
```
=== JavaScript
I need to group an array of events by date (YYYY-MM-DD). Is there a built-in for this now? Here's my manual version:

```javascript
const byDay = {};
for (const e of events) {
  const day = e.start.slice(0, 10);
  (byDay[day] ||= []).push(e);
}
```
=== JavaScript
Please add JSDoc comments to this function:

```javascript
function paginate(items, page, perPage = 20) {
  const start = (page - 1) * perPage;
  return {
    items: items.slice(start, start + perPage),
    total: items.length,
    pages: Math.ceil(items.length / perPage),
  };
}
```
=== JavaScript
Convert this to TypeScript with proper types:

```javascript
function mergeById(a, b) {
  const map = new Map(a.map(x => [x.id, x]));
  for (const item of b) map.set(item.id, { ...map.get(item.id), ...item });
  return [...map.values()];
}
```
=== JavaScript
explain what's happening with == here lol

```javascript
console.log([] == false);
console.log("0" == false);
console.log(null == undefined);
console.log(NaN == NaN);
```
=== TypeScript
What's the difference between `type` and `interface` here? Does it matter which I use?

```typescript
type Point = { x: number; y: number };
interface Point3D { x: number; y: number; z: number }
```
=== TypeScript
TS error: "Property 'name' does not exist on type 'never'". I don't understand why.

```typescript
type Shape = { kind: "circle"; r: number } | { kind: "square"; side: number };

function describe(s: Shape) {
  switch (s.kind) {
    case "circle": return `circle ${s.r}`;
    case "square": return `square ${s.side}`;
    default: return s.name;
  }
}
```
=== TypeScript
Can you explain what this generic does and give an example of calling it?

```typescript
function pick<T, K extends keyof T>(obj: T, keys: K[]): Pick<T, K> {
  const out = {} as Pick<T, K>;
  for (const k of keys) out[k] = obj[k];
  return out;
}
```
=== TypeScript
Review my API client class. I'm new to TypeScript so be honest.

```typescript
class ApiClient {
  baseUrl: any;
  constructor(baseUrl) { this.baseUrl = baseUrl; }

  async get(path) {
    const res = await fetch(this.baseUrl + path);
    return res.json();
  }
}
```
=== TypeScript
Write vitest unit tests for this:

```typescript
export function clamp(value: number, min: number, max: number): number {
  if (min > max) throw new RangeError("min must be <= max");
  return Math.min(Math.max(value, min), max);
}
```
=== TypeScript
How do I type a function that takes either a string or an array of strings and always returns an array?

```typescript
function toArray(input) {
  return Array.isArray(input) ? input : [input];
}
```
=== TypeScript
What does `as const` do in this example and why does the type of `ROLES[number]` change?

```typescript
const ROLES = ["admin", "editor", "viewer"] as const;
type Role = (typeof ROLES)[number];
```
=== TypeScript
Refactor this to use a discriminated union instead of optional fields:

```typescript
interface Result {
  ok: boolean;
  data?: string[];
  error?: string;
}
```
=== TypeScript
Why does TypeScript complain "Object is possibly 'undefined'" on the last line? I checked it above!

```typescript
const cache = new Map<string, number[]>();

function add(key: string, n: number) {
  if (!cache.has(key)) cache.set(key, []);
  cache.get(key).push(n);
}
```
=== TypeScript
Explain the `Partial`, `Required` and `Readonly` utility types using this `Settings` interface.

```typescript
interface Settings {
  theme: "light" | "dark";
  fontSize: number;
  notifications?: boolean;
}
```
=== TypeScript
Convert this TypeScript to Kotlin:

```typescript
enum Status { Todo, Doing, Done }

interface Task { id: number; title: string; status: Status }

const open = (tasks: Task[]) => tasks.filter(t => t.status !== Status.Done);
```
=== TypeScript
Can you write a typed `EventEmitter` where `on("login", cb)` knows the callback gets a `User`? Small example is fine.
=== TypeScript
is this the right way to type React props with children?

```typescript
type CardProps = {
  title: string;
  children: any;
};

export function Card({ title, children }: CardProps) {
  return <section><h2>{title}</h2>{children}</section>;
}
```
=== TypeScript
What does `satisfies` do here that a type annotation wouldn't?

```typescript
const palette = {
  red: [255, 0, 0],
  green: "#00ff00",
} satisfies Record<string, string | number[]>;

palette.green.toUpperCase();
```
=== TypeScript
Please review this retry helper. Does the typing look right?

```typescript
async function retry<T>(fn: () => Promise<T>, attempts = 3, delayMs = 200): Promise<T> {
  let lastError: unknown;
  for (let i = 0; i < attempts; i++) {
    try {
      return await fn();
    } catch (e) {
      lastError = e;
      await new Promise(r => setTimeout(r, delayMs * 2 ** i));
    }
  }
  throw lastError;
}
```
=== TypeScript
I want a type that makes every property of an object optional, recursively. How would I write `DeepPartial<T>`?
=== TypeScript
What is the `unknown` type for? When would I pick it over `any`?

```typescript
function parse(json: string): unknown {
  return JSON.parse(json);
}
const value = parse('{"a": 1}');
```
"""
