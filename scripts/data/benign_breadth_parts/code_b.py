"""Programming requests, part b: SQL, Rust, Go, Java. Blocks start with "=== language"."""

# ruff: noqa: E501  (hand-written prose: one request or paragraph per line)

from __future__ import annotations

RAW = r"""
=== SQL
Why does this query return fewer customers than I expect? I want every customer, even ones with no orders.

```sql
SELECT c.name, COUNT(o.id) AS orders
FROM customers c
LEFT JOIN orders o ON o.customer_id = c.id
WHERE o.created_at >= '2024-01-01'
GROUP BY c.name;
```
=== SQL
Explain what this window function does, I've never used OVER before.

```sql
SELECT employee_id,
       department,
       salary,
       RANK() OVER (PARTITION BY department ORDER BY salary DESC) AS dept_rank
FROM employees;
```
=== SQL
Can you rewrite this with a CTE so it's easier to read?

```sql
SELECT region, AVG(total)
FROM (
  SELECT s.region, s.order_id, SUM(l.qty * l.price) AS total
  FROM sales s JOIN lines l ON l.order_id = s.order_id
  GROUP BY s.region, s.order_id
) t
GROUP BY region;
```
=== SQL
Postgres is doing a sequential scan on this and it takes 8 seconds. What index would help?

```sql
SELECT * FROM events
WHERE account_id = 4821 AND created_at > now() - interval '7 days'
ORDER BY created_at DESC
LIMIT 50;
```
=== SQL
What's the difference between WHERE and HAVING? Use this as an example:

```sql
SELECT author_id, COUNT(*) AS posts
FROM posts
WHERE published = true
GROUP BY author_id
HAVING COUNT(*) > 10;
```
=== SQL
Write a query that finds duplicate email addresses in a `users` table (case-insensitive) and shows how many times each appears.
=== SQL
Review this schema for a small library app. Anything you'd change?

```sql
CREATE TABLE books (
  id INTEGER PRIMARY KEY,
  title TEXT,
  author TEXT,
  borrowed_by TEXT,
  borrowed_on TEXT
);
```
=== SQL
I get "column must appear in the GROUP BY clause or be used in an aggregate function". Help?

```sql
SELECT department, name, MAX(salary)
FROM staff
GROUP BY department;
```
=== SQL
How do I get the running total of daily signups? Table is `signups(day date, n int)`.
=== SQL
Convert this MySQL query to SQLite syntax:

```sql
SELECT DATE_FORMAT(created, '%Y-%m') AS month, COUNT(*)
FROM tickets
WHERE created > DATE_SUB(NOW(), INTERVAL 6 MONTH)
GROUP BY month;
```
=== SQL
Can you explain the difference between these two and when the results differ?

```sql
SELECT COUNT(*) FROM reviews;
SELECT COUNT(rating) FROM reviews;
```
=== SQL
is NOT IN dangerous with NULLs? my query returns nothing at all

```sql
SELECT name FROM products
WHERE id NOT IN (SELECT product_id FROM discontinued);
```
=== SQL
Write the SQL to pivot this so each quarter is a column: `revenue(year, quarter, amount)`. We're on Postgres 15.
=== SQL
Please review this migration. It's going to run on a table with 40 million rows.

```sql
ALTER TABLE orders ADD COLUMN status VARCHAR(20) NOT NULL DEFAULT 'new';
UPDATE orders SET status = 'shipped' WHERE shipped_at IS NOT NULL;
CREATE INDEX idx_orders_status ON orders(status);
```
=== SQL
What does COALESCE do in this query?

```sql
SELECT name, COALESCE(nickname, first_name, 'friend') AS greeting_name
FROM members;
```
=== SQL
Turn this into a parameterised query for Python's sqlite3 module — I know string formatting is bad practice.

```python
cur.execute(f"SELECT * FROM recipes WHERE cuisine = '{cuisine}' AND minutes < {max_minutes}")
```
=== SQL
How do I select the latest order per customer? This returns every order.

```sql
SELECT customer_id, id, created_at
FROM orders
ORDER BY customer_id, created_at DESC;
```
=== SQL
Explain what a self join is, using this query:

```sql
SELECT e.name AS employee, m.name AS manager
FROM staff e
LEFT JOIN staff m ON e.manager_id = m.id;
```
=== SQL
Write a query for the top 5 products by revenue in each category, using `products(id, category, name)` and `order_lines(product_id, qty, unit_price)`.
=== SQL
What's the difference between UNION and UNION ALL? Which should I use here?

```sql
SELECT email FROM newsletter_subscribers
UNION
SELECT email FROM customers;
```
=== Rust
I'm getting "borrow of moved value: `name`". Why, and what's the idiomatic fix?

```rust
fn greet(s: String) {
    println!("Hello, {s}");
}

fn main() {
    let name = String::from("Ferris");
    greet(name);
    println!("{}", name.len());
}
```
=== Rust
Can you explain what `?` does in this function?

```rust
use std::fs;
use std::io;

fn first_line(path: &str) -> Result<String, io::Error> {
    let text = fs::read_to_string(path)?;
    Ok(text.lines().next().unwrap_or("").to_string())
}
```
=== Rust
Review this, please. I'm coming from Python and it feels clunky.

```rust
fn average(v: &Vec<f64>) -> f64 {
    let mut sum = 0.0;
    let mut i = 0;
    while i < v.len() {
        sum = sum + v[i];
        i = i + 1;
    }
    return sum / v.len() as f64;
}
```
=== Rust
Write unit tests for this function using `#[cfg(test)]`:

```rust
pub fn roman(mut n: u32) -> String {
    let table = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                 (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")];
    let mut out = String::new();
    for (value, sym) in table {
        while n >= value {
            out.push_str(sym);
            n -= value;
        }
    }
    out
}
```
=== Rust
What do the lifetimes mean in this signature? I copied it from the book but don't get it.

```rust
fn longest<'a>(x: &'a str, y: &'a str) -> &'a str {
    if x.len() > y.len() { x } else { y }
}
```
=== Rust
How would I write this Python in Rust?

```python
from collections import Counter
counts = Counter(word for line in open("poem.txt") for word in line.split())
print(counts.most_common(3))
```
=== Rust
when do i use Box vs Rc vs Arc? short answer please
=== Rust
This doesn't compile: "cannot borrow `scores` as mutable because it is also borrowed as immutable". How do I fix it?

```rust
let mut scores = vec![3, 7, 1];
let best = scores.iter().max().unwrap();
scores.push(*best + 1);
println!("{best}");
```
=== Rust
Explain the difference between `impl Trait` and `dyn Trait` here:

```rust
fn make_iter() -> impl Iterator<Item = u32> {
    (1..=5).map(|x| x * x)
}

fn shapes() -> Vec<Box<dyn Shape>> {
    vec![Box::new(Circle(1.0)), Box::new(Square(2.0))]
}
```
=== Rust
Can you refactor this match into something shorter? Clippy suggests something but I don't follow.

```rust
let port = match std::env::var("PORT") {
    Ok(p) => match p.parse::<u16>() {
        Ok(n) => n,
        Err(_) => 8080,
    },
    Err(_) => 8080,
};
```
=== Rust
Write a small Rust struct `Inventory` with methods to add an item with a quantity, remove some, and report what's low on stock (below a threshold). Use a HashMap.
=== Rust
Is this `Drop` implementation a good idea? I want to flush a log buffer when it goes out of scope.

```rust
struct Logger { buf: Vec<String> }

impl Drop for Logger {
    fn drop(&mut self) {
        for line in &self.buf {
            println!("{line}");
        }
    }
}
```
=== Rust
Why does this tokio program print "done" before the tasks finish?

```rust
#[tokio::main]
async fn main() {
    for i in 0..3 {
        tokio::spawn(async move {
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
            println!("task {i}");
        });
    }
    println!("done");
}
```
=== Rust
Convert this Rust enum + match into TypeScript:

```rust
enum Payment { Cash, Card { last4: String }, Voucher(u32) }

fn describe(p: &Payment) -> String {
    match p {
        Payment::Cash => "cash".into(),
        Payment::Card { last4 } => format!("card ending {last4}"),
        Payment::Voucher(v) => format!("voucher worth {v}"),
    }
}
```
=== Go
Why does this goroutine loop print the same number several times (or nothing)?

```go
package main

import "fmt"

func main() {
	for i := 0; i < 3; i++ {
		go func() { fmt.Println(i) }()
	}
}
```
=== Go
Explain Go's error handling in this function. Is wrapping with %w important?

```go
func loadProfile(id string) (*Profile, error) {
	data, err := os.ReadFile(filepath.Join("profiles", id+".json"))
	if err != nil {
		return nil, fmt.Errorf("load profile %s: %w", id, err)
	}
	var p Profile
	if err := json.Unmarshal(data, &p); err != nil {
		return nil, fmt.Errorf("decode profile %s: %w", id, err)
	}
	return &p, nil
}
```
=== Go
Write a table-driven test for this function:

```go
func Initials(name string) string {
	var out []rune
	for _, part := range strings.Fields(name) {
		out = append(out, unicode.ToUpper([]rune(part)[0]))
	}
	return string(out)
}
```
=== Go
Is there a race condition here? The counter is sometimes less than 1000.

```go
var count int
var wg sync.WaitGroup
for i := 0; i < 1000; i++ {
	wg.Add(1)
	go func() {
		defer wg.Done()
		count++
	}()
}
wg.Wait()
fmt.Println(count)
```
=== Go
Review this HTTP handler, please. It's for a tiny internal status page.

```go
func statusHandler(w http.ResponseWriter, r *http.Request) {
	uptime := time.Since(startTime)
	w.Write([]byte(fmt.Sprintf("up for %v\n", uptime)))
	w.WriteHeader(http.StatusOK)
}
```
=== Go
What's the difference between a nil slice and an empty slice? Does it matter for JSON output?

```go
var a []string
b := []string{}
ja, _ := json.Marshal(a)
jb, _ := json.Marshal(b)
fmt.Println(string(ja), string(jb))
```
=== Go
Convert this Go struct and method to Java:

```go
type Account struct {
	Owner   string
	Balance float64
}

func (a *Account) Deposit(amount float64) error {
	if amount <= 0 {
		return errors.New("amount must be positive")
	}
	a.Balance += amount
	return nil
}
```
=== Go
how do i read a file line by line in go? the file is a few GB
=== Go
Can you explain what `select` with a `time.After` does here?

```go
select {
case res := <-results:
	fmt.Println("got", res)
case <-time.After(2 * time.Second):
	fmt.Println("timed out")
}
```
=== Go
Refactor this so the config loading is testable (right now it reads env vars directly everywhere).

```go
func NewServer() *Server {
	port := os.Getenv("PORT")
	if port == "" {
		port = "8080"
	}
	dbURL := os.Getenv("DATABASE_URL")
	return &Server{Addr: ":" + port, DB: mustOpen(dbURL)}
}
```
=== Go
Why does modifying `p` inside the loop not change the slice?

```go
type Player struct{ Name string; Score int }
players := []Player{{"ana", 1}, {"bo", 2}}
for _, p := range players {
	p.Score *= 10
}
fmt.Println(players)
```
=== Go
Write a small worker pool in Go: 4 workers, a channel of URLs (just strings), each worker "processes" a URL by sleeping 100ms and sending the length of the string to a results channel.
=== Go
What does `defer` do with the arguments here? I expected it to print 2.

```go
x := 1
defer fmt.Println("deferred:", x)
x = 2
fmt.Println("now:", x)
```
=== Java
Why is `==` returning false for these two strings?

```java
String a = "hello";
String b = new String("hello");
System.out.println(a == b);
```
=== Java
Explain what this stream pipeline does:

```java
Map<String, Long> byCity = people.stream()
    .filter(p -> p.getAge() >= 18)
    .collect(Collectors.groupingBy(Person::getCity, TreeMap::new, Collectors.counting()));
```
=== Java
I get ConcurrentModificationException. What's the right way to remove while iterating?

```java
List<String> names = new ArrayList<>(List.of("ann", "bob", "cy"));
for (String n : names) {
    if (n.startsWith("b")) {
        names.remove(n);
    }
}
```
=== Java
Write JUnit 5 tests for this class:

```java
public class PasswordPolicy {
    public boolean isAcceptable(String candidate) {
        if (candidate == null || candidate.length() < 12) return false;
        boolean digit = candidate.chars().anyMatch(Character::isDigit);
        boolean upper = candidate.chars().anyMatch(Character::isUpperCase);
        return digit && upper;
    }
}
```
=== Java
Can you convert this class to a Java record? Are there any downsides?

```java
public final class Coordinate {
    private final double lat;
    private final double lon;

    public Coordinate(double lat, double lon) { this.lat = lat; this.lon = lon; }
    public double getLat() { return lat; }
    public double getLon() { return lon; }

    @Override public boolean equals(Object o) { /* generated */ return false; }
    @Override public int hashCode() { return Objects.hash(lat, lon); }
}
```
=== Java
Code review: this is a singleton for our app settings. Is it thread-safe?

```java
public class Settings {
    private static Settings instance;
    private Properties props = new Properties();

    public static Settings get() {
        if (instance == null) {
            instance = new Settings();
        }
        return instance;
    }
}
```
=== Java
What's the difference between checked and unchecked exceptions? Why does the compiler make me catch the first one but not the second?

```java
void a() throws IOException { Files.readString(Path.of("x.txt")); }
void b() { Integer.parseInt("not a number"); }
```
=== Java
Refactor this long if/else chain. Would a switch expression or an enum be better?

```java
double shippingCost(String zone, double weight) {
    if (zone.equals("domestic")) {
        return 4.99 + weight * 0.5;
    } else if (zone.equals("eu")) {
        return 9.99 + weight * 1.2;
    } else if (zone.equals("world")) {
        return 19.99 + weight * 2.5;
    } else {
        throw new IllegalArgumentException("unknown zone " + zone);
    }
}
```
=== Java
Why does my HashMap lose entries when I use my own class as the key?

```java
class Key {
    String id;
    Key(String id) { this.id = id; }
}
Map<Key, Integer> m = new HashMap<>();
m.put(new Key("a"), 1);
System.out.println(m.get(new Key("a")));
```
=== Java
Translate to Python:

```java
public static int[] twoSum(int[] nums, int target) {
    Map<Integer, Integer> seen = new HashMap<>();
    for (int i = 0; i < nums.length; i++) {
        Integer j = seen.get(target - nums[i]);
        if (j != null) return new int[]{j, i};
        seen.put(nums[i], i);
    }
    return new int[0];
}
```
=== Java
Explain what `Optional` is buying me here, vs just returning null:

```java
Optional<Customer> findByEmail(String email) {
    return customers.stream().filter(c -> c.email().equalsIgnoreCase(email)).findFirst();
}
```
=== Java
what does the `volatile` keyword do? is it needed on this flag

```java
class Worker implements Runnable {
    private boolean running = true;
    public void stop() { running = false; }
    public void run() { while (running) { doWork(); } }
}
```
=== Java
Write a Java method that reads a CSV file of `name,score` lines and returns the average score, skipping the header and any malformed lines. Java 17, no libraries.
=== Java
Is this Spring controller OK? Anything you'd change before a code review?

```java
@RestController
public class BookController {
    @Autowired
    private BookRepository repo;

    @GetMapping("/books/{id}")
    public Book get(@PathVariable Long id) {
        return repo.findById(id).get();
    }
}
```
=== Java
How do I make this method generic so it works for any Comparable, not just Integer?

```java
static Integer maxOf(List<Integer> xs) {
    Integer best = xs.get(0);
    for (Integer x : xs) if (x > best) best = x;
    return best;
}
```
"""
