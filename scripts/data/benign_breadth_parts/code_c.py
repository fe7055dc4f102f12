"""Programming requests, part c: C, C++, Bash, PHP, Ruby, Kotlin, R, HTML/CSS, Swift.

Blocks start with "=== language".
"""

# ruff: noqa: E501  (hand-written prose: one request or paragraph per line)

from __future__ import annotations

RAW = r"""
=== C
Why does this print garbage after the name?

```c
#include <stdio.h>
#include <string.h>

int main(void) {
    char name[5];
    strncpy(name, "Alexander", sizeof name);
    printf("%s\n", name);
    return 0;
}
```
=== C
Explain pointers to me using this swap function. Why do I need the `*`?

```c
void swap(int *a, int *b) {
    int tmp = *a;
    *a = *b;
    *b = tmp;
}
```
=== C
Valgrind says I have a memory leak here. Where?

```c
char *join(const char *a, const char *b) {
    char *out = malloc(strlen(a) + strlen(b) + 1);
    strcpy(out, a);
    strcat(out, b);
    return out;
}

int main(void) {
    for (int i = 0; i < 3; i++) {
        printf("%s\n", join("item-", "x"));
    }
}
```
=== C
Can you review this function that counts words in a string? It's for a uni assignment so hints rather than a full rewrite please.

```c
int count_words(const char *s) {
    int n = 0, in_word = 0;
    while (*s) {
        if (*s == ' ') in_word = 0;
        else if (!in_word) { in_word = 1; n++; }
        s++;
    }
    return n;
}
```
=== C
What's the difference between `char *s = "hi";` and `char s[] = "hi";`? Why does modifying the first one crash?
=== C
Convert this C struct + function to Rust:

```c
typedef struct { double x, y; } Vec2;

Vec2 vec2_add(Vec2 a, Vec2 b) {
    Vec2 r = { a.x + b.x, a.y + b.y };
    return r;
}

double vec2_len(Vec2 v) { return sqrt(v.x * v.x + v.y * v.y); }
```
=== C
Why is the result of this division 0?

```c
int done = 3, total = 4;
double ratio = done / total;
printf("%.2f\n", ratio);
```
=== C
Write a small C function that reverses a singly linked list in place. Include the struct definition.
=== C
Explain what this macro does and why people warn against macros like it:

```c
#define SQUARE(x) x * x
int y = SQUARE(2 + 3);
```
=== C
Can you help me write a Makefile for a project with main.c, parser.c and parser.h? I want `make` and `make clean`.
=== C
is this the right way to read a line of user input safely in C?

```c
char buf[64];
printf("Your name: ");
gets(buf);
```
=== C++
Why does my vector of pointers print the same value for all elements?

```cpp
std::vector<int*> v;
for (int i = 0; i < 3; ++i) {
    int x = i * 10;
    v.push_back(&x);
}
for (auto p : v) std::cout << *p << "\n";
```
=== C++
Explain RAII using this class, and whether I should use unique_ptr instead.

```cpp
class Buffer {
public:
    explicit Buffer(size_t n) : data_(new char[n]), size_(n) {}
    ~Buffer() { delete[] data_; }
private:
    char* data_;
    size_t size_;
};
```
=== C++
Code review please: reading numbers from a file and computing the mean.

```cpp
#include <fstream>
#include <iostream>
using namespace std;

int main() {
    ifstream in("values.txt");
    double sum = 0; int n = 0; double x;
    while (!in.eof()) {
        in >> x;
        sum += x;
        n++;
    }
    cout << sum / n << endl;
}
```
=== C++
What does `const` mean in each position here?

```cpp
const std::string& Library::title(const Book* const b) const;
```
=== C++
Rewrite this loop with `<algorithm>` functions:

```cpp
std::vector<int> evens;
for (int x : data) {
    if (x % 2 == 0) evens.push_back(x * x);
}
int total = 0;
for (int e : evens) total += e;
```
=== C++
Write GoogleTest tests for this function:

```cpp
std::string trim(const std::string& s) {
    auto start = s.find_first_not_of(" \t\n");
    if (start == std::string::npos) return "";
    auto end = s.find_last_not_of(" \t\n");
    return s.substr(start, end - start + 1);
}
```
=== C++
When should I use `std::move`? Is it doing anything useful here?

```cpp
std::vector<std::string> load();

void run() {
    std::vector<std::string> lines = std::move(load());
}
```
=== C++
my template won't compile, error mentions "no match for operator<". what's going on

```cpp
struct Point { int x, y; };
std::set<Point> seen;
seen.insert({1, 2});
```
=== C++
Convert this C++ class to Python:

```cpp
class Rectangle {
public:
    Rectangle(double w, double h) : w_(w), h_(h) {}
    double area() const { return w_ * h_; }
    bool isSquare() const { return w_ == h_; }
private:
    double w_, h_;
};
```
=== C++
Explain what the lambda capture `[&]` vs `[=]` means in this code:

```cpp
int threshold = 5;
auto big = std::count_if(v.begin(), v.end(), [&](int x) { return x > threshold; });
```
=== C++
Is there a cleaner way to do this with std::map? Feels like two lookups.

```cpp
if (counts.find(word) == counts.end()) {
    counts[word] = 1;
} else {
    counts[word] = counts[word] + 1;
}
```
=== Bash
What does `set -euo pipefail` do at the top of a script?
=== Bash
This script breaks on filenames with spaces. How do I fix it?

```bash
for f in $(ls *.jpg); do
  convert $f -resize 50% small_$f
done
```
=== Bash
Explain this one-liner, please:

```bash
du -sh * 2>/dev/null | sort -h | tail -n 5
```
=== Bash
Write a bash script that backs up my ~/Documents folder to an external drive mounted at /mnt/backup, keeps the last 7 daily archives, and prints how big each one is.
=== Bash
Why does my variable come out empty after the while loop?

```bash
count=0
cat names.txt | while read -r line; do
  count=$((count + 1))
done
echo "$count lines"
```
=== Bash
Can you review this deploy helper? It's for copying a static site to our web server.

```bash
#!/bin/bash
cd build
rsync -av --delete . deploy@example.internal:/var/www/site/
echo done
```
=== Bash
what is the difference between [ ] and [[ ]] in bash
=== Bash
Convert this bash script to Python:

```bash
#!/usr/bin/env bash
for dir in */; do
  n=$(find "$dir" -type f -name '*.md' | wc -l)
  echo "$dir: $n markdown files"
done
```
=== Bash
How do I loop over lines of a CSV in bash and print the second column? The file has a header row.
=== Bash
Explain what `$@`, `$*`, `$#` and `$?` mean in this wrapper:

```bash
#!/bin/sh
echo "called with $# args"
python3 tool.py "$@"
echo "exit status: $?"
```
=== Bash
My cron job runs the script but nothing happens. Running it by hand works fine. The crontab line:

```bash
*/15 * * * * cd ~/reports && ./build.sh > build.log
```
=== PHP
Why does this comparison return true?! I'm checking a user's PIN.

```php
<?php
$pin = "0e12345";
if ($pin == "0e98765") {
    echo "match";
}
```
=== PHP
Refactor this old PHP to use PDO with prepared statements:

```php
<?php
$conn = mysqli_connect("localhost", "app", "secret", "shop");
$result = mysqli_query($conn, "SELECT * FROM products WHERE category = '" . $_GET['cat'] . "'");
while ($row = mysqli_fetch_assoc($result)) {
    echo $row['name'] . "<br>";
}
```
=== PHP
Explain what `array_map`, `array_filter` and `array_reduce` do here:

```php
<?php
$prices = [12.5, 3.0, 48.2, 7.9];
$withTax = array_map(fn($p) => $p * 1.2, $prices);
$expensive = array_filter($withTax, fn($p) => $p > 10);
$total = array_reduce($expensive, fn($c, $p) => $c + $p, 0);
```
=== PHP
Write PHPUnit tests for this function:

```php
<?php
function formatBytes(int $bytes): string {
    $units = ['B', 'KB', 'MB', 'GB'];
    $i = 0;
    while ($bytes >= 1024 && $i < count($units) - 1) {
        $bytes /= 1024;
        $i++;
    }
    return round($bytes, 1) . ' ' . $units[$i];
}
```
=== PHP
Is this a reasonable way to handle a contact form in plain PHP? What am I missing?

```php
<?php
if ($_SERVER['REQUEST_METHOD'] === 'POST') {
    $msg = $_POST['message'];
    mail('hello@example.com', 'Contact form', $msg);
    echo "Thanks, " . $_POST['name'];
}
```
=== PHP
how do i convert this php class to typescript

```php
<?php
class Cart {
    private array $items = [];
    public function add(string $sku, int $qty = 1): void {
        $this->items[$sku] = ($this->items[$sku] ?? 0) + $qty;
    }
    public function count(): int { return array_sum($this->items); }
}
```
=== Ruby
Explain what this Ruby block syntax is doing:

```ruby
totals = orders.group_by(&:customer).transform_values { |os| os.sum(&:amount) }
```
=== Ruby
Why does this method return nil sometimes?

```ruby
def grade(score)
  if score >= 90
    "A"
  elsif score >= 80
    "B"
  elsif score >= 70
    "C"
  end
end
```
=== Ruby
Write RSpec tests for this class:

```ruby
class Thermostat
  attr_reader :target

  def initialize(target = 20)
    @target = target
  end

  def up(step = 1)
    @target = [@target + step, 30].min
  end

  def down(step = 1)
    @target = [@target - step, 10].max
  end
end
```
=== Ruby
Refactor this Rails controller action, it's doing too much:

```ruby
def create
  @post = Post.new(params.require(:post).permit(:title, :body))
  @post.slug = @post.title.downcase.gsub(/[^a-z0-9]+/, "-")
  @post.published_at = Time.current if params[:publish]
  if @post.save
    PostMailer.with(post: @post).notify_followers.deliver_later
    redirect_to @post
  else
    render :new, status: :unprocessable_entity
  end
end
```
=== Ruby
What's the difference between a symbol and a string in Ruby? When do I use `:name` vs `"name"`?
=== Ruby
Convert to Python:

```ruby
words = File.readlines("words.txt", chomp: true)
long = words.select { |w| w.length > 7 }.map(&:capitalize).uniq.sort
puts long.first(10)
```
=== Kotlin
Explain what `?.let { }` does here and whether there's a simpler way:

```kotlin
val email: String? = user.email
email?.let { sendWelcome(it) }
```
=== Kotlin
Convert this Java to idiomatic Kotlin:

```java
public class Book {
    private final String title;
    private final int pages;
    public Book(String title, int pages) { this.title = title; this.pages = pages; }
    public String getTitle() { return title; }
    public int getPages() { return pages; }
    public boolean isLong() { return pages > 400; }
}
```
=== Kotlin
Why does my coroutine block the UI? I thought coroutines were async.

```kotlin
lifecycleScope.launch {
    val data = File(path).readText()
    textView.text = parse(data)
}
```
=== Kotlin
Write JUnit tests for this Kotlin function:

```kotlin
fun isLeapYear(year: Int): Boolean =
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
```
=== Kotlin
What's the difference between `val`, `var`, `const val` and `lateinit var`? Examples please.
=== Kotlin
Review this sealed class for UI state. Good idea or overkill?

```kotlin
sealed class ScreenState {
    object Loading : ScreenState()
    data class Loaded(val items: List<String>) : ScreenState()
    data class Failed(val message: String) : ScreenState()
}
```
=== Kotlin
Can you simplify this collection code?

```kotlin
val result = mutableListOf<String>()
for (p in people) {
    if (p.age >= 18) {
        result.add(p.name.uppercase())
    }
}
result.sort()
```
=== R
Explain what this dplyr pipeline does:

```r
library(dplyr)
penguins %>%
  filter(!is.na(body_mass_g)) %>%
  group_by(species, sex) %>%
  summarise(mean_mass = mean(body_mass_g), n = n(), .groups = "drop") %>%
  arrange(desc(mean_mass))
```
=== R
Why does my ggplot show the bars in alphabetical order instead of by count?

```r
ggplot(df, aes(x = fruit, y = sales)) +
  geom_col()
```
=== R
Convert this R code to Python with pandas:

```r
scores <- read.csv("scores.csv")
scores$passed <- scores$mark >= 50
aggregate(mark ~ class, data = scores, FUN = mean)
```
=== R
What's the difference between `[`, `[[` and `$` for lists in R?

```r
x <- list(a = 1:3, b = "hello")
x["a"]
x[["a"]]
x$a
```
=== R
Write an R function that takes a numeric vector and returns the mean, median and standard deviation as a named list, ignoring NAs. Add a couple of testthat tests.
=== R
this for loop in R takes ages on 1e6 rows, how do i vectorise it?

```r
df$category <- NA
for (i in seq_len(nrow(df))) {
  if (df$value[i] > 100) df$category[i] <- "high" else df$category[i] <- "low"
}
```
=== HTML/CSS
How do I center this div both horizontally and vertically? I've tried margin: auto.

```html
<div class="page">
  <div class="card">Welcome!</div>
</div>
<style>
  .page { height: 100vh; }
  .card { width: 300px; margin: auto; }
</style>
```
=== HTML/CSS
Review this HTML for accessibility problems, please:

```html
<div class="btn" onclick="subscribe()">Subscribe</div>
<img src="team.jpg">
<input type="text" placeholder="Email">
<a href="#">Click here</a>
```
=== HTML/CSS
Why is there a gap under my image inside the div?

```html
<div class="frame"><img src="cat.png" alt="A sleeping cat"></div>
<style>.frame { border: 2px solid #333; }</style>
```
=== HTML/CSS
Explain the difference between `display: none`, `visibility: hidden` and `opacity: 0`.
=== HTML/CSS
Convert this float layout to CSS grid:

```css
.sidebar { float: left; width: 25%; }
.content { float: left; width: 75%; }
.footer  { clear: both; }
```
=== HTML/CSS
Write the HTML and CSS for a simple pricing table with three plans (Basic, Pro, Team) that stacks vertically on phones.
=== HTML/CSS
What does `box-sizing: border-box` change here? My two 50% columns don't fit side by side.

```css
.col { width: 50%; padding: 16px; border: 1px solid #ccc; float: left; }
```
=== HTML/CSS
Can you make this form semantic and add proper labels?

```html
<div>
  Name <input id="n">
  Date of birth <input id="dob">
  <span onclick="send()">Send</span>
</div>
```
=== HTML/CSS
my css variables don't work in the media query, why

```css
:root { --mobile: 600px; }
@media (max-width: var(--mobile)) {
  nav { display: none; }
}
```
=== Swift
Explain optionals using this snippet. What's the difference between `?` and `!`?

```swift
let input: String? = readLine()
let count = input!.count
if let text = input {
    print(text.uppercased())
}
```
=== Swift
Refactor this SwiftUI view; the body is getting really long.

```swift
struct ProfileView: View {
    let user: User
    var body: some View {
        VStack(alignment: .leading) {
            Text(user.name).font(.title)
            Text(user.email).foregroundColor(.secondary)
            Divider()
            Text("Joined \(user.joined.formatted(date: .abbreviated, time: .omitted))")
            Text("Posts: \(user.posts.count)")
        }
        .padding()
    }
}
```
=== Swift
Convert this Swift struct to Kotlin:

```swift
struct Recipe: Codable {
    let name: String
    let minutes: Int
    var tags: [String] = []

    var isQuick: Bool { minutes <= 20 }
}
```
"""

# (language, earlier user turn, assistant reply, follow-up with code)
MULTI = [
    (
        "Python",
        "How do I read a CSV file in Python?",
        'The standard library\'s csv module works well:\n\n```python\nimport csv\n\nwith open("data.csv", newline="") as fh:\n    for row in csv.DictReader(fh):\n        print(row)\n```\n\nEach row is a dict keyed by the header names.',
        'ok that works. how do i skip rows where the "amount" column is empty, and add up the rest? amounts look like "12.50"',
    ),
    (
        "SQL",
        "What's the SQL to count orders per customer?",
        "```sql\nSELECT customer_id, COUNT(*) AS orders\nFROM orders\nGROUP BY customer_id;\n```",
        "Nice. Now I only want customers with more than 5 orders, sorted by the count, and I need their names from the `customers` table too.",
    ),
    (
        "JavaScript",
        "How do I wait one second in JavaScript?",
        "Wrap setTimeout in a promise and await it:\n\n```javascript\nconst sleep = ms => new Promise(r => setTimeout(r, ms));\nawait sleep(1000);\n```",
        "I tried that inside a forEach and all the logs came out at once. Why?\n\n```javascript\n[1, 2, 3].forEach(async n => {\n  await sleep(1000);\n  console.log(n);\n});\n```",
    ),
    (
        "Bash",
        "How do I find all .log files bigger than 100 MB?",
        "```bash\nfind /var/log -name '*.log' -size +100M\n```",
        "Great. Can I get their sizes in human-readable form too, sorted biggest first?",
    ),
    (
        "Go",
        "How do I parse JSON into a struct in Go?",
        'Define a struct with json tags and use encoding/json:\n\n```go\ntype User struct {\n\tName string `json:"name"`\n\tAge  int    `json:"age"`\n}\nvar u User\nerr := json.Unmarshal(data, &u)\n```',
        "What happens if the JSON has extra fields my struct doesn't have? And can I make it an error?",
    ),
]
