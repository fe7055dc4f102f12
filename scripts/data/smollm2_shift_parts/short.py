# ruff: noqa: E501  (hand-written prompt text: long lines are data)
"""very_short: 1-4 word prompts, hand-written, by sub-category."""

VERY_SHORT = {
    "greeting": """hi
hello
hey there
good morning!
morning
yo
hiya
Good evening.
hello again
hi, you there?
greetings
sup
hey
Howdy!
hello friend
gm
Hi :)
evening!""",
    "thanks_social": """thanks!
thank you
thx
cheers
ok
great, thanks
perfect
got it
nice one
bye
see you later
good night
you're awesome
lol
ok cool
Much appreciated.
sorry
never mind""",
    "fact": """capital of peru
capital of Canada?
tallest mountain
who painted Guernica
boiling point of water
largest ocean
how many continents?
fastest land animal
speed of light
when was WW2?
population of Japan
longest river
Mars moons?
what is photosynthesis
inventor of telephone
Jupiter's size?
deepest lake
who wrote Hamlet?
currency of Switzerland
smallest country""",
    "math": """2+2?
15% of 80
sqrt 144
12 x 12
what's 7 cubed
100/7
1/3 as decimal
is 91 prime?
5 factorial
5 km in miles
30C in F
half of 37
pi to 5 digits
9*8
2^10
binary for 10
LCM of 4, 6
average of 3,5,10
20% tip on 45""",
    "word": """synonym for big
antonym of brave
spell 'necessary'
define serendipity
rhyme with orange?
plural of cactus
meaning of ephemeral
another word for happy
synonym: tired
is "irregardless" a word?
past tense of swim
what does 'ubiquitous' mean
affect or effect?
french for cheese
opposite of generous
how to pronounce quinoa
"alot" or "a lot"?
define gaslighting""",
    "command": """tell me a joke
a fun fact please
random number 1-10
flip a coin
recommend a movie
motivate me
a riddle?
name a fruit
pick a colour
inspire me
give me a compliment
say something nice
write a haiku
one word: summer
another one
continue
surprise me
quote of the day
story please""",
    "fragment": """help
question
are you there?
what can you do?
who are you?
what time is it
is it raining?
weekend plans?
bored
hungry
can't sleep
what day is it
any tips?
explain gravity
why is sky blue
coffee or tea?
cats or dogs?
best pizza topping""",
}
