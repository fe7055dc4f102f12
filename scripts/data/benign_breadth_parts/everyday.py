"""Everyday requests: one line each, "domain | request", written in many registers."""

# ruff: noqa: E501  (hand-written prose: one request or paragraph per line)

from __future__ import annotations

_RAW = r"""
cooking | What's the difference between baking soda and baking powder, and can I swap one for the other?
cooking | how long do i boil an egg for a runny yolk
cooking | My risotto always ends up gluey. What am I doing wrong?
cooking | Can you give me a simple weeknight dinner that uses a can of chickpeas, spinach and some rice?
cooking | Is it safe to refreeze chicken that I thawed in the fridge yesterday?
cooking | best oil for seasoning a cast iron pan?
cooking | I have leftover egg whites from making custard. Ideas that aren't meringue?
cooking | What does "fold in" mean in a recipe? I always just stir.
cooking | Why do onions make you cry and is there any trick that actually works?
baking | My sourdough starter smells like nail polish remover. Is it dead?
baking | Convert this for me: the recipe wants 2 sticks of butter, how many grams is that?
baking | why did my banana bread sink in the middle 😭
baking | Can I use plain yogurt instead of buttermilk in pancakes?
law | In general terms, what's the difference between a will and a living trust?
law | If my landlord doesn't return my deposit, what are the usual steps people take? I'm renting in Ohio.
law | What does "pro bono" mean exactly?
law | Is a verbal agreement legally binding? Just curious in general, not a specific case.
law | what is small claims court and when would someone use it
law | Can you explain what a power of attorney is in simple words? My mum is thinking of setting one up.
health | What are common reasons for feeling dizzy when standing up quickly?
health | How much water should an adult drink in a day, roughly? I hear wildly different numbers.
health | is it normal for a tetanus shot to make your arm sore for 3 days
health | What's the difference between a cold and the flu?
health | Can you explain what cholesterol numbers like LDL and HDL mean? My doctor mentioned them and I forgot to ask.
health | Tips for getting through a long-haul flight without feeling wrecked?
health | What is an ultrasound actually measuring? Like physically, how does it make a picture?
health | how do i know if a sprained ankle needs an x-ray
travel | I have a 9-hour layover in Istanbul. Is it worth leaving the airport?
travel | What should I pack for a week in Iceland in October?
travel | Do I need a visa to visit Japan on a US passport for two weeks?
travel | cheapest way to get from Paris to Amsterdam?? train or bus
travel | Can you suggest a 3-day itinerary for Lisbon for someone who loves food and hates museums?
travel | What's the etiquette for tipping in Germany at restaurants?
travel | How early should I get to the airport for an international flight with checked bags?
travel | Is travel insurance worth it for a short domestic trip?
finance | Explain the difference between a Roth IRA and a traditional IRA like I'm new to this.
finance | What is compound interest? Give me a quick example with numbers.
finance | Should I pay off my credit card or build an emergency fund first? General advice is fine.
finance | what's an index fund
finance | How does a credit score get calculated, roughly?
finance | I got a raise. What's a sensible way to think about budgeting the extra money?
finance | What does APR mean on a loan offer, and how is it different from the interest rate?
parenting | My 3 year old refuses to go to bed. Any gentle bedtime routines that work?
parenting | How do I explain to a 6-year-old that our dog died?
parenting | what age do kids usually start losing baby teeth
parenting | Ideas for rainy-day activities with two kids under five, no screens?
parenting | How much pocket money is typical for a 10 year old? We're in the UK.
parenting | My teenager barely talks to me anymore. How do other parents keep communication open?
sports | Explain the offside rule in football (soccer) simply.
sports | How is a tennis tiebreak scored?
sports | who has won the most olympic gold medals ever
sports | I want to start running. Is couch-to-5k realistic for a 45 year old who hasn't exercised in years?
sports | What's the difference between a birdie, an eagle and an albatross in golf?
sports | In cricket, what does LBW mean and how does the umpire decide it?
sports | Why do cyclists shave their legs? Genuine question.
history | Why did the Roman Empire split into East and West?
history | What was the Hanseatic League?
history | Give me a short summary of the causes of World War I.
history | when was the printing press invented and who did it
history | How did people keep time before mechanical clocks?
history | What was daily life like for a medieval peasant? Just a general picture.
history | Who were the Phoenicians and why are they famous for the alphabet?
physics | Why is the sky blue but sunsets are red?
physics | Can you explain what entropy is without using equations?
physics | If I drop a bowling ball and a feather on the Moon, which lands first?
physics | how does a microwave oven heat food
physics | What's the difference between mass and weight?
physics | Why does ice float when most solids sink in their own liquid?
chemistry | Why does salt melt ice on roads?
chemistry | What makes something an acid versus a base?
chemistry | Why do cut apples turn brown, and does lemon juice really stop it?
biology | How do vaccines train the immune system?
biology | Why do leaves change colour in autumn?
biology | What's the difference between a virus and a bacterium?
biology | do octopuses really have three hearts?
astronomy | What's the difference between a meteor, a meteorite and a meteoroid?
astronomy | Where can I see the Milky Way with the naked eye in Europe?
astronomy | How do astronomers know how far away a star is?
astronomy | Why does the Moon always show the same face to Earth?
gardening | My tomato plants have yellow leaves at the bottom. Should I worry?
gardening | When should I plant garlic in a cold climate?
gardening | What vegetables grow well on a shady balcony?
gardening | how often should i water succulents indoors
gardening | Is it OK to put coffee grounds on my roses?
gardening | What's the easiest way to start composting in a small backyard?
gardening | Can you recommend some low-maintenance native plants for a dry garden in southern California?
cars | What does the check engine light usually mean? It just came on but the car drives fine.
cars | How often should I actually change my oil? The shop says 3,000 miles but the manual says 10,000.
cars | Is it worth buying a hybrid if I mostly drive on the motorway?
cars | whats the right tyre pressure for a small hatchback, roughly
cars | My car makes a squealing noise when I start it on cold mornings. What could that be?
cars | How do I jump-start a car safely? I have cables but never done it.
cars | Explain what a timing belt does and why it's expensive to replace.
pets | How do I introduce a new kitten to my older cat?
pets | My dog eats grass and then throws up. Is that normal?
pets | What human foods are toxic to dogs? I want a list for the fridge.
pets | how long do guinea pigs live
pets | Tips for keeping a rabbit cool during a heatwave?
pets | Is it cruel to keep a single goldfish in a bowl?
pets | We're adopting a rescue greyhound. Anything special we should know?
careers | How do I answer "what's your biggest weakness" without sounding fake?
careers | I'm thinking of switching from teaching to UX design. What skills transfer?
careers | Can you help me figure out what to say when asking for a raise?
careers | is it bad to leave a job after 8 months
careers | What should go on a one-page CV for a recent graduate?
careers | How do I politely decline a job offer after I already said I'd think about it?
careers | What's the difference between a product manager and a project manager?
music | What's the difference between major and minor keys, emotionally and technically?
music | I'm 30 and want to learn piano. Is it too late?
music | Recommend me some jazz albums for a total beginner.
music | how do i tune a guitar without a tuner
music | Why do some songs get stuck in your head?
music | What is a time signature like 6/8 and how does it feel different from 3/4?
music | Who invented the saxophone?
philosophy | What is the trolley problem and why do philosophers care about it?
philosophy | Explain Plato's allegory of the cave in a few sentences.
philosophy | What's the difference between utilitarianism and deontology?
philosophy | what did descartes mean by i think therefore i am
philosophy | Is there a good argument for free will, given physics seems deterministic?
philosophy | Can you summarise Stoicism and how people apply it today?
religion | What are the Five Pillars of Islam?
religion | What's the difference between Catholic and Orthodox Christianity?
religion | Can you explain what Diwali celebrates?
religion | what is the meaning of the word karma in hinduism and buddhism
religion | Why is Yom Kippur called the Day of Atonement?
religion | My friend invited me to a Sikh gurdwara for a meal. What should I expect and how should I dress?
fashion | What colour shoes go with navy trousers?
fashion | How should a suit jacket fit in the shoulders?
fashion | Is it okay to wear white to a summer wedding if I'm a guest?
fashion | how do you get deodorant marks off a black shirt
fashion | What's a capsule wardrobe and how many pieces do people usually have?
fashion | Can you explain the difference between merino wool and regular wool?
video games | What's a good first Zelda game for someone who's never played the series?
video games | Why are people so into speedrunning?
video games | Tips for beating the first boss in a soulslike game? I keep dying.
video games | WHAT'S THE DIFFERENCE BETWEEN AN RPG AND A JRPG
video games | How do I set up split-screen co-op on a console with two controllers? General steps.
video games | Can you recommend cosy games like Stardew Valley?
home repair | How do I fix a dripping tap? It's the kind with two handles.
home repair | What's the best way to fill a small hole in drywall?
home repair | my toilet keeps running after flushing, what part is usually broken
home repair | How do I bleed a radiator?
home repair | Can I paint over wallpaper or do I need to strip it?
home repair | The door in our bedroom sticks in summer but not winter. Why?
cleaning | How do I get red wine out of a light carpet?
cleaning | What's the best way to clean a really greasy oven without harsh chemicals?
cleaning | is it safe to mix vinegar and baking soda for cleaning, does it even do anything
cleaning | How often should bed sheets be washed?
cleaning | How do I descale a kettle?
fitness | Is it better to do cardio before or after weights?
fitness | How many rest days a week does a beginner need?
fitness | Give me a 20 minute bodyweight workout I can do in a hotel room.
fitness | what muscles do push ups work
fitness | I get a stitch every time I run. How do I stop it?
nutrition | Is brown rice actually healthier than white rice?
nutrition | How much protein does an average adult need per day?
nutrition | What are some good vegetarian sources of iron?
nutrition | are eggs bad for cholesterol or is that a myth now
nutrition | What's the difference between soluble and insoluble fibre?
relationships | How do I tell a friend that they hurt my feelings without starting a fight?
relationships | My partner and I always argue about chores. Any fair systems couples use?
relationships | What are some good questions to ask on a first date that aren't boring?
relationships | how to make friends in a new city as an adult
relationships | My best friend is getting married and I have to give a speech. Tips for not being cringe?
psychology | What is imposter syndrome?
psychology | Why do we procrastinate even on things we want to do?
psychology | What's the difference between a psychologist and a psychiatrist?
psychology | Are there simple techniques for calming down before a presentation?
education | What are some effective study techniques for memorising lots of facts?
education | Explain spaced repetition like I'm a tired student.
education | How do I write a good thesis statement for an essay?
education | my kid is struggling with fractions, any ways to make it click?
education | What's the difference between a BA and a BSc?
language learning | How long does it take to become conversational in Spanish if I practise 30 minutes a day?
language learning | What's the best way to learn Japanese kanji without burning out?
language learning | Is Duolingo enough to actually learn a language?
language learning | why does english spelling make no sense
language learning | Can you explain when to use "who" vs "whom"?
geography | What's the longest river in Africa?
geography | Why is Greenland so big on maps?
geography | How many countries are there in South America, and which are landlocked?
geography | what is the capital of australia, i always think sydney
geography | Why are there so many lakes in Finland?
economics | What causes inflation, in simple terms?
economics | What does a central bank actually do when it "raises rates"?
economics | Can you explain supply and demand with an everyday example?
economics | What's the difference between GDP and GNP?
civics | How does a bill become a law in the United States?
civics | What does a member of parliament actually do day to day?
civics | What's the difference between a republic and a democracy?
civics | how do i register to vote if i just moved
movies and tv | Can you recommend some feel-good films for a rainy Sunday?
movies and tv | Without spoilers, is The Wire worth watching?
movies and tv | What does a film's "aspect ratio" mean?
movies and tv | why do movies look different from tv shows, like the "soap opera effect"
movies and tv | What are some classic silent films that still hold up?
books | I loved The Martian. What should I read next?
books | What's the difference between literary fiction and genre fiction?
books | Can you suggest some short novels I could finish on a weekend?
books | how do book clubs usually choose books
books | Who wrote Frankenstein and how old was she when she wrote it?
art | What's the difference between acrylic and oil paint for a beginner?
art | Explain the rule of thirds in composition.
art | Who were the Impressionists and what made them different?
art | how do i get better at drawing hands
photography | What does aperture do on a camera?
photography | How do I take better photos of the night sky with my phone?
photography | What's the difference between RAW and JPEG?
photography | Tips for photographing a friend's birthday party indoors without flash?
gadgets | Is it bad to leave my phone charging overnight?
gadgets | What's the difference between OLED and LED TVs?
gadgets | Should I buy a tablet or a laptop for university note-taking?
gadgets | my bluetooth earbuds keep disconnecting from my laptop, any ideas
gadgets | What does "refresh rate" mean on a monitor and does 144 Hz matter for office work?
computers | My laptop is really slow to start up. What can I check?
computers | How do I back up my photos so I don't lose them if my laptop dies?
computers | What is a VPN and do I need one at home?
computers | how do i take a screenshot on windows 11
computers | What's the difference between RAM and storage?
weather | Why is it colder at the top of a mountain if it's closer to the sun?
weather | What's the difference between a hurricane, a typhoon and a cyclone?
weather | How accurate are 10-day weather forecasts really?
weather | what does a 40% chance of rain actually mean
environment | Does rinsing yoghurt pots before recycling actually matter?
environment | What's the carbon footprint difference between trains and planes for a 500 km trip?
environment | How can I reduce food waste at home?
environment | Are paper bags really better than plastic ones?
shopping | How can I tell if an online review is fake?
shopping | Is it worth buying an extended warranty on a washing machine?
shopping | what's the best time of year to buy a new laptop
shopping | I need a gift for my dad who "doesn't want anything". Ideas under 50 euros?
housing | What should I look for when viewing a rental flat?
housing | What's the difference between a fixed and a variable mortgage?
housing | How do I deal with condensation and mould on my bedroom windows in winter?
housing | first time buying a house, what hidden costs should i budget for
events | Help me plan a small surprise 40th birthday party for about 15 people.
events | What's a reasonable timeline for planning a wedding?
events | Ideas for a team-building activity that isn't awkward?
events | How much food should I make for a party of 20 adults?
etiquette | Is it rude to ask guests to take their shoes off?
etiquette | How long after a wedding do you have to send a gift?
etiquette | What's the polite way to leave a group chat?
etiquette | Should I bring something when invited to someone's house for dinner in France?
writing help | Can you help me write a short message to my neighbour asking them to trim their hedge?
writing help | Write a thank-you note to my kid's teacher at the end of the school year.
writing help | I need a polite email to reschedule a dentist appointment.
writing help | Make this sound more professional: "hey, can't make the meeting, something came up, sorry"
writing help | Give me three ways to start a cover letter that aren't "I am writing to apply for".
productivity | How do people actually use the Pomodoro technique?
productivity | I have too many browser tabs open always. Any strategies?
productivity | What's a good system for keeping track of to-dos across work and home?
productivity | how do i stop checking my email every 5 minutes
sleep | Why do I wake up at 3am every night?
sleep | Is it bad to nap in the afternoon?
sleep | What's a good wind-down routine for someone who stares at screens until bedtime?
outdoors | What are the essentials for a day hike in the mountains?
outdoors | How do I choose a sleeping bag for camping in spring?
outdoors | What should I do if I meet a cow herd on a footpath? They look big.
outdoors | how to read a topographic map
fishing | What's the best bait for freshwater trout?
fishing | Do I need a licence to fish off a pier in the UK?
crafts | I want to learn to knit. What should my first project be?
crafts | What kind of glue works for wood and fabric together?
crafts | How do I stop my candles from tunnelling?
board games | Recommend a board game for four adults who don't usually play board games.
board games | In chess, what is castling and when can't you do it?
board games | What's a good opening strategy in Settlers of Catan?
board games | how does en passant work
trivia | Why is a baker's dozen 13?
trivia | What's the origin of the phrase "break a leg"?
trivia | How many bones does an adult human have?
trivia | Is it true that goldfish have a three-second memory?
linguistics | Why do some languages have grammatical gender?
linguistics | What's the difference between a dialect and a language?
linguistics | Where does the word "salary" come from?
architecture | What's the difference between Gothic and Romanesque architecture?
architecture | Why are so many old buildings in Amsterdam leaning?
architecture | What is brutalism and why do people either love it or hate it?
aviation | How do planes stay in the air? Explain lift simply.
aviation | Why do they dim the cabin lights for takeoff and landing?
aviation | Is turbulence actually dangerous?
coffee and tea | What's the difference between a flat white and a latte?
coffee and tea | How do I make cold brew at home?
coffee and tea | What water temperature is best for green tea?
wine and beer | What's a good wine to go with a mushroom risotto?
wine and beer | What's the difference between an IPA and a lager?
insurance | What's the difference between a deductible and a premium?
insurance | Does home insurance usually cover a burst pipe?
taxes | What's the difference between a tax deduction and a tax credit?
taxes | I started freelancing this year. What records should I keep for taxes?
small business | How do I price my handmade jewellery so I actually make a profit?
small business | What should be in a simple business plan for a food truck?
small business | How do I write a returns policy for my small online shop?
marketing | What's the difference between SEO and paid ads for a small bakery?
marketing | Give me five Instagram post ideas for a local bookshop.
agriculture | Why do farmers rotate crops?
agriculture | How many eggs does a backyard chicken lay per week?
mythology | Who was Loki in Norse mythology?
mythology | What's the story of Persephone and why does it explain the seasons?
mythology | what are the main differences between greek and roman gods
"""

EVERYDAY = [
    (d.strip(), t.strip()) for d, t in (line.split(" | ", 1) for line in _RAW.strip().splitlines())
]

# A prior exchange, then the request: (domain, earlier user turn, assistant reply, follow-up).
EVERYDAY_MULTI = [
    (
        "cooking",
        "What can I make with lentils?",
        "Lots of things! Red lentils make a quick dal or soup; green or brown lentils hold their "
        "shape for salads, shepherd's pie fillings and lentil bolognese.",
        "The dal sounds good. Can you give me a simple version that doesn't need any spices I'd "
        "have to buy specially?",
    ),
    (
        "travel",
        "I'm going to Rome for a long weekend in April.",
        "Lovely time to go. April is mild, but it's busy around Easter, so book the Vatican "
        "Museums and the Colosseum in advance.",
        "Good tip. Which neighbourhood would you stay in if you wanted to walk most places?",
    ),
    (
        "gardening",
        "I just planted some lavender in a pot.",
        "Lavender likes lots of sun, gritty free-draining soil and not too much water - let the "
        "top few centimetres dry out between waterings.",
        "Should I bring it inside over the winter? We get frost most nights in January.",
    ),
    (
        "fitness",
        "Can you give me a beginner running plan?",
        "Sure. Start with three sessions a week: alternate 1 minute of jogging with 2 minutes of "
        "walking for 20 minutes, and add a little more jogging each week.",
        "what should i do if my knees hurt after the second week",
    ),
    (
        "pets",
        "We got a puppy on Saturday!",
        "Congratulations! The first weeks are all about routine: regular meals, frequent trips "
        "outside, and lots of short, calm training sessions.",
        "How do I stop him biting our hands when he's excited? He's 10 weeks old.",
    ),
    (
        "finance",
        "What's an emergency fund?",
        "It's money set aside for unexpected costs - a car repair, a vet bill, a gap between jobs. "
        "A common guideline is three to six months of essential expenses.",
        "Where should I keep it? Just a normal savings account?",
    ),
    (
        "music",
        "Which guitar chords should a beginner learn first?",
        "G, C, D, E minor and A minor cover a huge number of songs. Practise switching between "
        "pairs of them slowly before worrying about strumming patterns.",
        "my fingertips really hurt after 10 minutes, is that normal?",
    ),
    (
        "history",
        "Who built Machu Picchu?",
        "It was built by the Inca in the 15th century, most likely as an estate for the emperor "
        "Pachacuti.",
        "Why was it abandoned, and how was it 'rediscovered'?",
    ),
    (
        "home repair",
        "How do I unblock a sink?",
        "Try a plunger first, then remove and clean the U-bend under the sink with a bucket "
        "underneath. Avoid mixing chemical drain cleaners.",
        "I took the U-bend off and it's clean. The blockage must be further down the pipe. "
        "What now?",
    ),
    (
        "careers",
        "I have a job interview on Thursday for a marketing assistant role.",
        "Good luck! Research the company's recent campaigns, prepare two or three examples of "
        "your work, and have a couple of questions ready for them.",
        "What questions should I ask at the end that make me look engaged but not weird?",
    ),
    (
        "parenting",
        "My daughter is starting school in September.",
        "A big milestone! Practising the morning routine and reading picture books about school "
        "over the summer can make the first days easier.",
        "She's very shy. How can I help her make friends in the first few weeks?",
    ),
    (
        "books",
        "I'm reading War and Peace for the first time.",
        "That's a rewarding one. Many readers keep a list of the main families - Rostov, Bolkonsky, "
        "Bezukhov, Kuragin - because of the many names.",
        "Is it okay to skim the long chapters about military strategy, or will I miss something "
        "important?",
    ),
    (
        "cars",
        "What's the difference between summer and winter tyres?",
        "Winter tyres use a softer rubber compound and deeper tread with sipes, so they grip better "
        "below about 7 degrees Celsius and on snow.",
        "Are all-season tyres a reasonable compromise if it only snows a few days a year here?",
    ),
    (
        "astronomy",
        "When is the next full moon?",
        "I don't have live data, but full moons come roughly every 29.5 days; a calendar app or "
        "an almanac site will give you the exact date for your time zone.",
        "Ok. What's the best way to photograph it with just a phone?",
    ),
    (
        "nutrition",
        "Is oatmeal a good breakfast?",
        "Generally yes: oats give you fibre, especially beta-glucan, and keep you full. Toppings "
        "like fruit, nuts or yoghurt add protein and flavour.",
        "Overnight oats vs cooked oats - is one healthier?",
    ),
    (
        "language learning",
        "I'm learning German.",
        "Viel Erfolg! German rewards learning nouns together with their articles (der, die, das) "
        "from day one.",
        "Is there any trick for guessing whether a noun is der, die or das?",
    ),
    (
        "weather",
        "Why does it smell nice after it rains?",
        "That smell is called petrichor: oils released by plants and a compound called geosmin, "
        "made by soil bacteria, get carried into the air by raindrops.",
        "Cool!! is that the same reason my basement smells earthy?",
    ),
    (
        "etiquette",
        "I've been invited to a colleague's housewarming.",
        "Nice! A small gift such as a plant, a candle, something to drink or a local treat is "
        "usual; you don't need to spend much.",
        "they're vegan and don't drink - what would be a good gift then",
    ),
    (
        "photography",
        "I just bought my first mirrorless camera.",
        "Exciting! Start in aperture-priority mode so you can learn how the aperture changes the "
        "background blur while the camera handles the shutter speed.",
        "What settings should I use for photographing my kids playing football? Everything comes "
        "out blurry.",
    ),
    (
        "sleep",
        "How much sleep do teenagers need?",
        "Most guidelines suggest 8 to 10 hours a night for 13-18 year olds, and their body clocks "
        "naturally shift later during adolescence.",
        "My son says he can't fall asleep before midnight but has to get up at 6:30. Any ideas "
        "that aren't just 'take his phone'?",
    ),
    (
        "board games",
        "What's a good two-player board game?",
        "Some favourites are 7 Wonders Duel, Patchwork, Jaipur and Lost Cities - all quick to "
        "learn and good for couples.",
        "We liked Patchwork! Something similar but a bit more complex?",
    ),
    (
        "cleaning",
        "My white trainers are filthy.",
        "Brush off dry dirt first, then scrub with warm water, a little washing-up liquid and an "
        "old toothbrush. Remove the laces and wash them separately.",
        "Can I just put them in the washing machine instead?",
    ),
]
