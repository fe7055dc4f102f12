# ruff: noqa: E501  (hand-written prompt text: long lines are data)
"""tables_lists: hand-written table themes (values are drawn by the seeded generator) and
hand-written lists, schedules and snippets."""

# Each theme: label column, row labels, numeric columns (name, low, high, decimals), tasks.
# {col0} is the first numeric column, {col1} the second, {label} the label column name.
TABLE_THEMES = [
    (
        "Month",
        ["January", "February", "March", "April", "May", "June", "July", "August"],
        [("Electricity (kWh)", 180, 420, 0), ("Gas (kWh)", 150, 1200, 0)],
        [
            "Which month had the highest {col0}?",
            "Can you work out the average {col1} per month?",
            "Is our energy use going up or down? Here's the table:",
        ],
    ),
    (
        "Runner",
        ["Aisha", "Ben", "Carla", "Dev", "Elsa", "Finn", "Grace"],
        [("5k time (min)", 19, 34, 1), ("Races this year", 1, 12, 0)],
        [
            "Who is the fastest runner in our club table?",
            "Sort this table by {col0}, fastest first.",
            "Which runner did the most races?",
        ],
    ),
    (
        "Plant",
        ["Tomato", "Basil", "Courgette", "Lettuce", "Bean", "Chilli", "Pea"],
        [("Seeds sown", 6, 40, 0), ("Seedlings that came up", 2, 30, 0)],
        [
            "Which plant had the best germination rate? Here's what I sowed:",
            "Add a column showing the percentage that came up.",
            "Turn this table into a short paragraph for my garden diary.",
        ],
    ),
    (
        "Day",
        ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
        [("Steps", 2100, 14800, 0), ("Sleep (h)", 5, 9, 1)],
        [
            "On which day did I walk the most?",
            "Is there any pattern between my steps and my sleep?",
            "What's my weekly total of steps?",
        ],
    ),
    (
        "Item",
        ["Rent", "Groceries", "Transport", "Phone", "Eating out", "Gym", "Savings"],
        [("Budget", 20, 900, 0), ("Actual", 15, 950, 0)],
        [
            "Where did I overspend compared with my budget?",
            "Add a 'difference' column to my budget table.",
            "Which category should I cut first? Here's last month:",
        ],
    ),
    (
        "Class",
        ["7A", "7B", "8A", "8B", "9A", "9B"],
        [("Pupils", 24, 32, 0), ("Books read this term", 30, 140, 0)],
        [
            "Which class read the most books per pupil?",
            "Make a bar chart description I can read out in assembly from this table.",
            "Which class should get the reading prize?",
        ],
    ),
    (
        "Product",
        ["Candles", "Mugs", "Tea towels", "Notebooks", "Soap", "Cards"],
        [("Units sold", 4, 90, 0), ("Price", 3, 28, 2)],
        [
            "Which product brought in the most money at the craft fair?",
            "Calculate the total takings from this table.",
            "What should I make more of next time?",
        ],
    ),
    (
        "Car",
        ["Hatchback A", "Hatchback B", "Estate C", "SUV D", "Saloon E"],
        [("Price (k)", 14, 38, 1), ("Fuel economy (mpg)", 32, 62, 0)],
        [
            "Which of these cars is the best value? I mostly drive in town.",
            "Rank these cars by fuel economy.",
            "Which car has the lowest price?",
        ],
    ),
    (
        "Flat",
        ["Elm Road", "Canal St", "Park View", "High St", "Mill Lane"],
        [("Rent per month", 650, 1400, 0), ("Minutes to work", 8, 55, 0)],
        [
            "Help me choose a flat from this table. I care most about the commute.",
            "Which flat is cheapest?",
            "Add a column with the yearly rent.",
        ],
    ),
    (
        "Week",
        ["Week 1", "Week 2", "Week 3", "Week 4", "Week 5", "Week 6"],
        [("Weight (kg)", 62, 95, 1), ("Workouts", 0, 5, 0)],
        [
            "Summarise my progress from this table.",
            "What's the change in weight from week 1 to week 6?",
            "Did I work out more in the first half or the second half?",
        ],
    ),
    (
        "Shop",
        ["Corner shop", "Big supermarket", "Market", "Discount store", "Online"],
        [("Milk", 0.9, 1.6, 2), ("Bread", 0.8, 3.2, 2)],
        [
            "Where is the cheapest place to buy milk and bread together?",
            "Which shop is most expensive overall?",
            "Reformat this price table as a bulleted list.",
        ],
    ),
    (
        "Country",
        ["Portugal", "Norway", "Greece", "Canada", "Japan", "Peru"],
        [("Days", 3, 14, 0), ("Spent", 400, 3200, 0)],
        [
            "Which trip cost the most per day?",
            "Sort my travel table by how much I spent.",
            "Write a short travel summary from this table.",
        ],
    ),
    (
        "Student",
        ["Ali", "Bea", "Chen", "Dana", "Eli", "Fay", "Gus", "Hana"],
        [("Maths", 41, 98, 0), ("English", 45, 96, 0)],
        [
            "Which student has the biggest gap between Maths and English?",
            "What's the class average for each subject?",
            "Who scored highest overall?",
        ],
    ),
    (
        "Recipe",
        ["Pancakes", "Soup", "Curry", "Lasagne", "Salad", "Stir fry"],
        [("Prep (min)", 5, 50, 0), ("Cost per portion", 0.6, 4.5, 2)],
        [
            "Which recipe is the quickest and cheapest?",
            "Rank the recipes by cost per portion.",
            "Plan three weeknight dinners from this table, I only have 30 minutes each night.",
        ],
    ),
    (
        "Station",
        ["North", "East", "Harbour", "Airport", "Old Town"],
        [("Rain (mm)", 12, 140, 0), ("Sunny days", 3, 24, 0)],
        [
            "Which weather station was wettest?",
            "Does the table suggest rainy places have fewer sunny days?",
            "Turn this into a sentence for our club newsletter.",
        ],
    ),
    (
        "Volunteer",
        ["Maya", "Tom", "Ines", "Raj", "Olga", "Sam"],
        [("Hours (Q1)", 0, 40, 0), ("Hours (Q2)", 0, 40, 0)],
        [
            "Who volunteered the most hours across both quarters?",
            "Add a total column.",
            "Who should we thank in the newsletter? Here are the hours:",
        ],
    ),
]

# Hand-written lists and snippets. Sub-category is the dict key.
LISTS = {
    "bullet_list": [
        "Can you organise my shopping list by supermarket aisle?\n\n- bananas\n- dish soap\n- cheddar\n- rice\n- tomatoes\n- toilet roll\n- yoghurt\n- pasta\n- onions\n- bin bags\n- butter\n- tinned chickpeas",
        "Put this packing list into categories (clothes, toiletries, documents, other):\n\n* passport\n* toothbrush\n* 3 t-shirts\n* phone charger\n* sun cream\n* swimming costume\n* travel insurance printout\n* sandals\n* book\n* plug adapter\n* hoodie",
        "Which of these tasks should I do first? I have about two hours.\n\n- reply to landlord about the boiler\n- pay the water bill (due tomorrow)\n- tidy the living room\n- book dentist appointment\n- call grandma\n- start the presentation for Friday",
        "Turn these notes into a proper paragraph for an email to my team:\n\n- new coffee machine arriving Monday\n- old one goes to the charity shop\n- please don't put milk in the bin under the sink\n- cups need washing, not just rinsing",
        "Sort this reading list by which books are best for a 12-year-old:\n\n- a graphic novel about a girl who joins a circus\n- a thick fantasy novel with dragons\n- a history of the Roman army\n- a funny diary-style book about middle school\n- a book of short ghost stories\n- a biography of a famous footballer",
        "Make this list of wedding jobs into a fair split between me, my brother and my sister:\n\n- book the caterer\n- order flowers\n- make the seating plan\n- organise the playlist\n- pick up the cake\n- buy the guest book\n- arrange transport for grandparents\n- collect the suits",
        "Remove the duplicates from my list and put it in alphabetical order:\n\n- carrots\n- apples\n- Milk\n- bread\n- apples\n- eggs\n- milk\n- carrots\n- cheese",
        "Here's my list of pros and cons about moving to the countryside. Can you summarise it and tell me what I seem to care about most?\n\nPros:\n- quieter\n- bigger garden\n- cheaper house\n- closer to my parents\n\nCons:\n- 50 minute commute\n- fewer friends nearby\n- need a second car\n- slower internet",
        "Group these birthday party ideas into 'cheap', 'medium' and 'expensive':\n\n• picnic in the park\n• trampoline centre\n• movie night at home with popcorn\n• escape room\n• treasure hunt in the garden\n• pottery painting café\n• sleepover\n• trip to a theme park",
        "Rewrite this to-do list so each item starts with a verb:\n\n- the car insurance renewal\n- email to Sophie about Saturday\n- groceries for the week\n- bathroom tap washer\n- library books (overdue!)",
        "I wrote down everything in my fridge. What can I cook for dinner tonight?\n\n- half a red pepper\n- 4 eggs\n- some spinach\n- a block of feta\n- leftover rice\n- one courgette\n- milk",
        "Convert this bulleted list into a two-column Markdown table (task, who):\n\n- Hoovering – Jamie\n- Bins – Priya\n- Bathroom – Jamie\n- Kitchen floor – Leo\n- Recycling – Priya\n- Windows – Leo",
        "Can you shorten each of these points to five words or fewer?\n\n- Remember to bring a packed lunch because the café will be closed all day\n- The coach leaves from outside the school gates at half past eight sharp\n- Children should wear sturdy shoes as the path can be muddy",
        "Which of these items can go in the recycling, and which can't?\n\n- pizza box with grease\n- shampoo bottle\n- crisp packet\n- glass jar\n- tissue\n- aluminium foil\n- yoghurt pot",
        "Check my list of capital cities for mistakes:\n\n- France – Paris\n- Australia – Sydney\n- Canada – Ottawa\n- Brazil – Rio de Janeiro\n- Japan – Tokyo\n- Turkey – Ankara",
        "Turn this into a checklist I can print for my first day at the new job:\n\n- ID and bank details\n- lunch\n- ask about parking\n- find out who my manager is\n- set up email\n- learn the fire exits",
    ],
    "numbered_list": [
        "Put these steps for changing a bike tyre in the right order:\n\n1. Pump up the new tube\n2. Take the wheel off\n3. Check the tyre for sharp objects\n4. Remove the old tube\n5. Put the wheel back on\n6. Fit the new tube",
        "Reorder my top 10 films from oldest to newest. I don't know the years, can you add them?\n\n1. Finding Nemo\n2. Casablanca\n3. The Matrix\n4. Jaws\n5. Spirited Away\n6. Back to the Future\n7. Titanic\n8. The Wizard of Oz\n9. Up\n10. E.T.",
        "I need to give this list of instructions to a babysitter. Can you make it clearer and friendlier?\n\n1. Dinner 6pm (pasta in fridge)\n2. No screens after 7\n3. Bath 7.15\n4. Bed 8 for Mia, 8.30 for Sam\n5. Sam needs inhaler if coughing\n6. Call us if anything",
        "Merge these two numbered lists into one and remove anything that appears twice:\n\nList A:\n1. Buy paint\n2. Sand the door\n3. Tape the edges\n\nList B:\n1. Tape the edges\n2. Put down dust sheets\n3. Buy paint\n4. Clean brushes",
        "Which step in this recipe seems to be missing?\n\n1. Preheat the oven to 180C.\n2. Mix the flour, sugar and baking powder.\n3. Pour into the tin.\n4. Bake for 25 minutes.\n5. Leave to cool before slicing.",
        "Number these revision topics in the order I should study them, easiest first: photosynthesis, genetics, the heart, cells, ecosystems, enzymes.",
        "Turn these meeting agenda points into a proper numbered agenda with rough times, starting at 10:00:\n\n- welcome\n- budget\n- new website\n- volunteer rota\n- AOB",
        "Rewrite this numbered list as a short paragraph for a blog post:\n\n1. Wake up at 6\n2. Walk the dog along the river\n3. Coffee and toast\n4. Bus to work\n5. Read on the bus",
        "Which of these steps for repotting a plant are wrong?\n\n1. Choose a pot much bigger than the old one\n2. Water the plant the day before\n3. Gently loosen the roots\n4. Pack the soil down as hard as possible\n5. Water well afterwards",
        "Please add a short tip under each point:\n\n1. Drink more water\n2. Take breaks from the screen\n3. Stretch every hour\n4. Go to bed at the same time",
        "Here's my ranking of pizza toppings. Turn it into a funny tier list (S, A, B, C):\n\n1. Mushroom\n2. Pepperoni\n3. Pineapple\n4. Olives\n5. Anchovies\n6. Sweetcorn\n7. Extra cheese",
        "Split this numbered list of chores into a Monday to Friday plan:\n\n1. laundry\n2. hoover upstairs\n3. clean fridge\n4. water plants\n5. mop kitchen\n6. change bedsheets\n7. take out recycling\n8. dust shelves",
        "Is this list of steps for making tea in the right order? My British friend says no.\n\n1. Put milk in the cup\n2. Boil the kettle\n3. Add the tea bag\n4. Pour the water\n5. Wait 3 minutes",
        "Can you turn this list into questions for a quiz?\n\n1. The Nile is the longest river in Africa.\n2. Mercury is the closest planet to the Sun.\n3. A spider has eight legs.\n4. The Great Fire of London was in 1666.",
        "Convert these numbered directions into simpler ones for my dad, who gets lost easily:\n\n1. Exit the station via the north exit\n2. Turn left onto Harbour Row\n3. Continue for 300 m past the post office\n4. At the roundabout take the second exit\n5. Our house is the third on the right, blue door",
        "Combine these into a top-5 list of things to see in my town for visitors: castle, the market on Saturdays, river walk, the old cinema (closed now), the bakery on the corner, the museum, the new shopping centre.",
    ],
    "schedule": [
        "Reformat this schedule into a table with columns Day, Time, Activity:\n\nMonday 5pm swimming, Tuesday 4:30 piano, Wednesday nothing, Thursday 6pm football, Friday 5pm swimming, Saturday 10am football match",
        "Can you turn this train timetable into a simpler list of just the fast trains?\n\n07:02 slow\n07:15 fast\n07:31 slow\n07:45 fast\n08:02 slow\n08:10 fast\n08:33 slow",
        "Here's our weekend plan. Is there enough time between things?\n\nSat 09:00 parkrun\nSat 10:00 brunch in town\nSat 11:00 kids' swimming lesson (20 min drive)\nSat 13:00 birthday party\nSun 10:00 grandparents' lunch\nSun 15:00 cinema",
        "Turn this conference programme into a personal schedule with only the talks about gardening:\n\n09:30 Welcome\n10:00 Soil health for beginners\n11:00 Beekeeping basics\n12:00 Lunch\n13:00 Growing tomatoes under glass\n14:00 Local history walk\n15:00 Composting at home\n16:00 Close",
        "Convert these times to 12-hour format with am/pm:\n\n06:45 wake up\n13:15 lunch\n17:30 gym\n21:05 call with Sam\n23:40 bed",
        "Make this shift rota fairer. Right now Jo does every weekend:\n\nMon: Ali\nTue: Jo\nWed: Ali\nThu: Kim\nFri: Kim\nSat: Jo\nSun: Jo",
        "Reformat this messy schedule into a neat list ordered by time:\n\nlunch w/ mum 12.30, dentist 9:15, pick up parcel 4pm, call bank 11, gym 6.30pm, hairdresser 2:45",
        "Our holiday itinerary is below. Can you make it into a day-by-day plan I can share with the family?\n\nfly out Tue morning, Wed beach, Thu boat trip 10am-4pm, Fri free, Sat market + dinner at Rosa's, Sun fly home 7pm",
        "How many hours a week is my kid in activities? Here's the schedule:\n\nMon 16:00-17:00 swimming\nWed 15:30-17:00 art club\nThu 17:00-18:30 football\nSat 09:00-12:00 drama",
        "Turn this study timetable into a weekly grid in Markdown:\n\nMaths: Mon, Wed 7-8pm\nFrench: Tue, Thu 6-7pm\nBiology: Mon, Fri 5-6pm\nHistory: Sun 3-5pm",
        "Convert this cooking timeline for Sunday lunch into 'what to do when', working back from serving at 1pm:\n\nchicken 1h30 in oven, rest 15 min\npotatoes roast 50 min\ncarrots 20 min\ngravy 10 min",
        "Which evenings am I free next week?\n\nMon: book club\nTue: —\nWed: work drinks\nThu: —\nFri: cinema with Lou\nSat: —\nSun: family dinner",
        "Put this medication schedule into a clear table for my grandmother's fridge:\n\nblood pressure tablet - morning with breakfast\nvitamin D - morning\npainkiller - up to 3 times a day if needed, 4 hours apart\neye drops - morning and night",
        "Fit these tasks into my Saturday between 9am and 5pm, with a lunch break: clean car (1h), food shop (1.5h), mow lawn (45 min), visit aunt (2h), fix shelf (30 min).",
        "Convert these UK times to New York time for a call schedule:\n\n09:00 team call\n14:30 client call\n16:00 review\n18:00 catch-up",
        "Reformat our choir's rehearsal schedule so it's easy to read on a phone:\n\nSept 4 full choir 7.30 church hall / Sept 11 sopranos+altos only 7pm / Sept 18 full choir 7.30 / Sept 25 tenors+basses 7pm / Oct 2 dress rehearsal 6.30 at the theatre",
    ],
    "json_yaml": [
        'What does this JSON describe, in plain words?\n\n```json\n{"event": "picnic", "date": "2025-07-12", "guests": ["Ana", "Bilal", "Cora"], "food": {"Ana": "salad", "Bilal": "drinks", "Cora": "cake"}, "rain_plan": "community hall"}\n```',
        'Is this valid JSON? My app won\'t load it.\n\n```json\n{\n  "name": "Garden club",\n  "members": 24,\n  "meetings": ["March", "June", "September",],\n}\n```',
        "Convert this YAML to JSON:\n\n```yaml\nrecipe: banana bread\nserves: 8\ningredients:\n  - 3 ripe bananas\n  - 250g flour\n  - 100g butter\n  - 2 eggs\noven: 180C\n```",
        'Which book in this list is the oldest?\n\n```json\n[\n  {"title": "The Silent Orchard", "year": 1987},\n  {"title": "Winter Harbour", "year": 1962},\n  {"title": "A Map of Small Things", "year": 2004},\n  {"title": "Paper Lanterns", "year": 1975}\n]\n```',
        'Turn this JSON into a Markdown table:\n\n```json\n{"Mon": {"breakfast": "porridge", "dinner": "soup"}, "Tue": {"breakfast": "toast", "dinner": "pasta"}, "Wed": {"breakfast": "eggs", "dinner": "curry"}}\n```',
        "Explain what each setting in this config file means. It came with my weather station software.\n\n```yaml\nstation:\n  name: back-garden\n  units: metric\n  interval_minutes: 10\nupload:\n  enabled: false\n  retry: 3\n```",
        'Add a new person, Dario, aged 41, to this JSON in the same format:\n\n```json\n{"people": [{"name": "Lena", "age": 35}, {"name": "Kofi", "age": 29}]}\n```',
        "Why does this YAML give an error about indentation?\n\n```yaml\nshopping:\n  - milk\n  - eggs\n   - bread\n  - apples\n```",
        'How much does this order cost in total?\n\n```json\n{"items": [{"name": "notebook", "qty": 3, "price": 2.5}, {"name": "pen", "qty": 10, "price": 0.8}, {"name": "stapler", "qty": 1, "price": 6.0}], "delivery": 3.99}\n```',
        'Rewrite this JSON so the keys are in a consistent style (snake_case):\n\n```json\n{"firstName": "Ines", "Last-Name": "Costa", "phone number": "000-0000", "EmailAddress": "ines@example.test"}\n```',
        'Summarise this YAML list of house rules in one friendly sentence each:\n\n```yaml\nrules:\n  - shoes_off_inside: true\n  - quiet_after: "22:00"\n  - dishes: wash_same_day\n  - guests: tell_housemates_first\n```',
        'Which plants in this JSON need watering today if today is Thursday?\n\n```json\n{"fern": ["Mon", "Thu"], "cactus": ["Sun"], "basil": ["Mon", "Wed", "Fri"], "monstera": ["Thu"]}\n```',
    ],
}

# More tasks per theme (same order as TABLE_THEMES) and four more themes.
_EXTRA_TASKS = [
    [
        "My partner thinks we use more gas in spring than I do. Who's right?",
        "Turn this energy table into a short note for our landlord.",
    ],
    [
        "Which runners are under 25 minutes? List them.",
        "Make this into a friendly club-noticeboard message congratulating everyone.",
    ],
    [
        "Which seeds failed worst? I'm deciding what to buy again.",
        "is 50% germination normal for these? here's my table",
    ],
    [
        "What's my average sleep across the week?",
        "Write me a short motivating message based on this week's numbers.",
    ],
    [
        "How much did I spend in total last month compared with my budget?",
        "Convert this budget table into a bulleted summary I can show my flatmate.",
    ],
    [
        "Put these classes in order from most to fewest books read.",
        "What's the total number of pupils across all the classes?",
    ],
    [
        "If I raise every price by 10%, what would the takings have been?",
        "Which product sold the fewest units?",
    ],
    [
        "Which car would you pick for long motorway trips and why?",
        "Add a column for the price difference from the cheapest car.",
    ],
    [
        "Sort these flats by rent, cheapest first.",
        "Which flat has the best balance of rent and commute?",
    ],
    [
        "In which week did I do the most workouts?",
        "Describe the trend in this table in one sentence.",
    ],
    [
        "How much would a pint of milk and a loaf cost at each shop combined?",
        "Which shop has the biggest difference between milk and bread prices?",
    ],
    ["Add a 'cost per day' column to my trips table.", "Which was the shortest trip?"],
    [
        "Who improved most if Maths was the first test and English the second?",
        "Sort the students alphabetically and keep both columns.",
    ],
    [
        "Which recipes cost under 2 per portion?",
        "Turn this table into a shopping-friendly meal plan for the week.",
    ],
    [
        "Rank the stations from driest to wettest.",
        "What's the average rainfall across all stations?",
    ],
    [
        "Did volunteering go up or down from Q1 to Q2 overall?",
        "Who volunteered in Q1 but not much in Q2?",
    ],
]
for _theme, _extra in zip(TABLE_THEMES, _EXTRA_TASKS, strict=True):
    _theme[3].extend(_extra)

TABLE_THEMES += [
    (
        "Bird",
        ["Robin", "Blue tit", "Blackbird", "Sparrow", "Starling", "Wren", "Goldfinch"],
        [("Saturday count", 0, 14, 0), ("Sunday count", 0, 14, 0)],
        [
            "Which bird did we see most over the weekend?",
            "Add a total column to our garden bird count.",
            "Were there more birds on Saturday or on Sunday?",
            "Write a short paragraph about our bird count for the school newsletter.",
            "Which birds did we see fewer than three of in total?",
        ],
    ),
    (
        "Book",
        [
            "The Glass Orchard",
            "North Road",
            "Salt and Iron",
            "A Quiet Year",
            "The Ferry Keeper",
            "Small Hours",
        ],
        [("Pages", 180, 640, 0), ("Group rating", 2.5, 5, 1)],
        [
            "Which book did our book group like best?",
            "Is there any link between length and rating in this table?",
            "Sort our book group's books by rating.",
            "Which book would you suggest for a short holiday read, based on this table?",
            "What's the average rating across all the books?",
        ],
    ),
    (
        "Bill",
        ["Water", "Council tax", "Internet", "Electricity", "Phone", "Insurance"],
        [("Jan", 20, 190, 2), ("Feb", 20, 190, 2)],
        [
            "Which bill went up the most from January to February?",
            "What's the total for each month?",
            "Split these bills fairly between three housemates.",
            "Add a column showing the change between the two months.",
            "Which bill should I try to switch provider for first?",
        ],
    ),
    (
        "Stall",
        ["Cakes", "Books", "Plants", "Toys", "Tombola", "Raffle"],
        [("Takings", 15, 320, 2), ("Volunteers", 1, 5, 0)],
        [
            "Which stall at our fair raised the most money?",
            "What did the fair raise in total?",
            "Which stall raised the most per volunteer?",
            "Write a thank-you message for the newsletter based on these takings.",
            "Sort the stalls by takings, highest first.",
        ],
    ),
]
