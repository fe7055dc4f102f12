"""Maths requests, one per line ("\n" inside a line is a newline)."""

# ruff: noqa: E501  (hand-written prose: one request or paragraph per line)

from __future__ import annotations

_RAW = r"""
What is 17% of 240?
Can you work out 384 × 27 step by step? I want to check my long multiplication.
whats 1/3 + 2/5
Simplify the fraction 84/126.
Is 221 a prime number? How would I check quickly by hand?
Round 3.14159 to three significant figures and to three decimal places. Are those the same thing?
What's the square root of 2 to 6 decimal places, and is there a way to estimate it without a calculator?
A jacket costs £80 after a 20% discount. What was the original price? My friend says £96 but that doesn't feel right.
Solve for x: 3x - 7 = 2x + 5
Solve the system: 2x + y = 11 and x - y = 1.
Factor x^2 - 5x + 6 and explain how you found the numbers.
Can you explain how to complete the square for x^2 + 6x + 2 = 0?
Solve 2x^2 + 3x - 5 = 0 using the quadratic formula, showing each step.
What's the derivative of x^3 sin(x)? I keep forgetting the product rule.
Integrate ∫ x e^x dx. Show the integration by parts.
Find the limit of (sin x)/x as x goes to 0, and explain why without just saying "L'Hôpital".
What is the sum 1 + 2 + 3 + ... + 100, and how did Gauss supposedly do it?
Explain why 0.999... repeating equals 1. My son doesn't believe me.
Prove that the square root of 2 is irrational.
Prove by induction that 1 + 3 + 5 + ... + (2n - 1) = n^2.
Can you prove there are infinitely many prime numbers? Keep it short.
Show that the sum of the angles in a triangle is 180 degrees (Euclidean geometry).
Why is any number to the power of zero equal to 1?
Why can't you divide by zero? An intuitive explanation please, not just "it's undefined".
What's the difference between mean, median and mode? Use the numbers 2, 3, 3, 5, 7, 10 as an example.
Calculate the standard deviation of 4, 8, 6, 5, 3, 7. Population or sample - which should I use for test scores from one class?
In plain English, what does a p-value of 0.03 mean?
What is a confidence interval? My stats textbook explanation makes no sense to me.
I roll two dice. What's the probability the total is 7? And at least one six?
If I flip a fair coin 10 times, what's the chance of getting exactly 5 heads?
Explain the Monty Hall problem. Why is switching better?? It feels like 50/50.
What's the birthday paradox and how many people do you need for a 50% chance of a shared birthday?
What is Bayes' theorem? Give an example with a medical test that's 95% accurate for a condition 1 in 1000 people have.
explain correlation vs causation with an example that isn't ice cream and sharks
How do I calculate a weighted average? My grade is 40% exams, 35% coursework, 25% project, and I got 72, 85 and 64.
What's a z-score and how do I compute it if the mean is 70 and the standard deviation is 8, for a score of 82?
Convert 72 degrees Fahrenheit to Celsius.
How many cups are in a litre? US cups please.
Convert 5 feet 9 inches to centimetres.
I ran 10 km in 52 minutes. What's that pace in minutes per mile?
How many square feet is 45 square metres?
What's 60 miles per hour in metres per second?
How many seconds are there in a (non-leap) year?
Convert 2.5 atmospheres to kilopascals.
A recipe for 4 people uses 300 g of flour and 2 eggs. How much do I need for 10 people?
Train A leaves at 9:00 going 80 km/h; train B leaves the same station at 10:00 going 120 km/h on the same track direction. When does B catch up?
A tap fills a tank in 6 hours and a drain empties it in 9 hours. If both are open, how long to fill it?
If 3 workers paint a fence in 8 hours, how long would 4 workers take, assuming they work at the same rate?
I have a rectangular garden 12 m by 7.5 m. How much turf do I need, and how many metres of fencing to go around it?
How much paint do I need for a room that's 4 m × 3.5 m with 2.4 m high walls, one door and one window? One litre covers about 10 m².
My savings account pays 4% per year compounded monthly. How much will £5,000 be after 3 years?
If I borrow $20,000 at 6% annual interest for 5 years, what's the monthly payment? Please show the formula.
A shop raises a price by 10% and then cuts it by 10%. Is it back to the original price?
How long does it take money to double at 7% interest? Is the rule of 72 accurate?
Ana is twice as old as Ben. In 5 years she'll be 1.5 times his age. How old are they now?
A ladder 5 m long leans against a wall with its foot 3 m from the wall. How high up the wall does it reach?
What's the area of a circle with diameter 14 cm? Use π ≈ 3.14 and then give the exact answer.
Find the volume of a cylinder with radius 3 cm and height 10 cm.
How many diagonals does a decagon have? Is there a general formula?
What's the sum of the interior angles of a hexagon?
Explain what sine, cosine and tangent are using a right triangle. SOH CAH TOA never stuck for me.
Solve sin(x) = 0.5 for x between 0 and 360 degrees.
What is a logarithm? Why is log base 10 of 1000 equal to 3?
Solve 2^(x+1) = 48. Give the answer to 3 decimal places.
Simplify (x^2 - 9)/(x^2 + 6x + 9).
What does it mean for a function to be continuous? Give an example of one that isn't.
Find the equation of the line through (2, 5) and (6, 13).
What's the distance between the points (-1, 4) and (5, -4)?
Can you explain what a matrix determinant tells you geometrically?
Multiply these matrices: [[1, 2], [3, 4]] × [[0, 1], [1, 0]].
Find the eigenvalues of the matrix [[2, 1], [1, 2]].
What's the difference between a permutation and a combination? How many ways can I pick 3 toppings from 10?
How many different 4-digit PIN codes are there if digits can repeat? And if they can't?
Explain modular arithmetic with a clock example. What is 17 mod 5?
What's the greatest common divisor of 252 and 198? Show the Euclidean algorithm.
Find the LCM of 12, 18 and 30.
Convert 45 to binary, and 0b101101 to decimal.
What's 0x1F in decimal? And how does hexadecimal work in general?
How do I convert a repeating decimal like 0.272727... into a fraction?
Is the series 1 + 1/2 + 1/4 + 1/8 + ... finite? What does it add up to?
Why does the harmonic series 1 + 1/2 + 1/3 + ... diverge?
Write this in LaTeX: the integral from 0 to infinity of e to the minus x squared dx equals half the square root of pi.
How do I typeset a 3×3 matrix with brackets in LaTeX?
Can you fix my LaTeX? It won't compile:\n\n$$ \frac{1}{2 \sum_{i=1}^{n} x_i^2 $$
Write the quadratic formula in LaTeX, display style, with the ± sign.
What's the LaTeX for "approximately equal", "not equal" and "less than or equal"?
Please check my working:\n\n3(x - 4) = 2x + 1\n3x - 4 = 2x + 1\nx = 5\n\nMy teacher marked it wrong.
My answer to "differentiate ln(3x)" was 1/(3x) but the book says 1/x. Who's right?
Explain the chain rule with an example like (2x + 1)^5.
What's the Taylor series of e^x around 0 and why does it work?
What is the Pythagorean theorem used for in real life? Give me a couple of everyday examples.
What's the golden ratio and where does it actually show up (not the overhyped examples)?
How does a percentage point differ from a percent? News said interest rates rose "by 0.5 percentage points".
If a test has 20 multiple-choice questions with 4 options each and I guess all of them, what's my expected score?
A bag has 5 red and 3 blue marbles. I draw two without replacement. Probability both are red?
What is a normal distribution and why does it appear so often?
Explain linear regression like I'm a high school student. What does the slope mean?
What's the difference between a sample and a population in statistics?
How do I calculate percentage change from 45 to 63?
Estimate how many piano tuners there might be in a city of 2 million people. Show your assumptions.
What is 15 factorial? And why does 0! equal 1?
My daughter's homework: "write 3/8 as a percentage". How do I explain it to her?
Order these from smallest to largest: 0.45, 4/9, 45.5%, 0.4499.
Explain what imaginary numbers are and why i squared is -1.
Compute (3 + 2i)(1 - 4i).
What's Euler's identity and why do people call it beautiful?
Is a square a rectangle? My kid's worksheet says yes and he is outraged.
What is the Fibonacci sequence, and can you give the first 15 terms?
Solve the inequality 5 - 2x > 11.
How many litres of water fit in a fish tank that's 60 cm × 30 cm × 35 cm?
What's the difference between speed and velocity?
If the exchange rate is 1 EUR = 1.08 USD, how many euros is 250 dollars?
I earn $52,000 a year. What's that per hour for a 37.5-hour week, 52 weeks?
What does "statistically significant" actually mean and does it mean "important"?
Prove that the product of two odd numbers is odd.
Show that n^3 - n is always divisible by 6 for any integer n.
Is there a quick way to check if a big number is divisible by 9? Why does it work?
What's the probability of drawing an ace or a heart from a standard 52-card deck?
A car depreciates 15% a year. It's worth 18,000 now. What will it be worth in 4 years?
How do you find the area of a triangle if you only know the three side lengths 7, 8 and 9?
what is pi exactly and why does it never end
Explain big-O notation and why O(n log n) is better than O(n^2), with a rough example for n = 1,000,000.
"""

MATHS = [line.strip().replace("\\n", "\n") for line in _RAW.strip().splitlines()]

# (earlier question, assistant reply, follow-up)
MATHS_MULTI = [
    (
        "What's 15% of 80?",
        "15% of 80 is 12 (0.15 × 80).",
        "And if something costs 80 and I get 15% off and then pay 8% sales tax on the discounted "
        "price, what do I pay in total?",
    ),
    (
        "Can you remind me what the derivative of x^2 is?",
        "It's 2x - bring the exponent down and reduce it by one.",
        "Ok so what about 1/x? Do I use the same rule?",
    ),
    (
        "What is the mean of 3, 7, 8, 10?",
        "The mean is (3 + 7 + 8 + 10) / 4 = 28 / 4 = 7.",
        "If I add a fifth number and the mean becomes 8, what was the fifth number?",
    ),
    (
        "How do I find the area of a trapezium?",
        "Average the two parallel sides and multiply by the height: A = ½(a + b)h.",
        "Great. The parallel sides are 6 cm and 10 cm and the slanted sides are both 5 cm, but I "
        "don't know the height. How do I get it?",
    ),
    (
        "What's the probability of rolling a 6 on one die?",
        "1 in 6, or about 16.7%, if the die is fair.",
        "So how many times would I need to roll to have at least a 90% chance of seeing a six?",
    ),
]
