"""Long documents, part c: essays and product documentation (same block format as long_a)."""

# ruff: noqa: E501  (hand-written prose: one request or paragraph per line)

from __future__ import annotations

RAW = r"""
=== essay
TASK: Give me feedback on this essay's argument and structure. It's for a first-year university module.
Should Cities Ban Cars from Their Centres?

Over the past two decades, a growing number of European cities have restricted or banned private cars from their historic centres. Supporters argue that car-free centres are cleaner, safer and more pleasant. Critics warn that bans hurt businesses and make life harder for people who depend on cars. This essay argues that carefully designed restrictions bring clear benefits, but only when accompanied by good alternatives.

The strongest argument for car-free centres is public health. Road traffic is a major source of nitrogen dioxide and fine particles, both linked to respiratory disease. When a city centre removes through-traffic, local air quality tends to improve quickly. There are also fewer collisions, and streets that were once dominated by traffic become places where people walk, sit and meet.

The economic argument is more contested. Shopkeepers often fear that customers who drive will go elsewhere. However, studies of pedestrianised streets frequently find that footfall rises after the change, because people linger longer when they are not dodging traffic. Traders also tend to overestimate how many of their customers arrive by car.

Nevertheless, critics raise real concerns. Not everyone can walk or cycle. Older and disabled people may rely on a car or taxi, and deliveries still need to reach shops and homes. A ban that ignores these groups risks making the centre pleasant for some and inaccessible for others.

The solution is not to abandon car-free policies, but to design them well. Successful schemes typically allow access for disabled drivers, emergency vehicles and deliveries at set hours. They invest in frequent public transport and park-and-ride sites on the edge of the city. They introduce changes gradually and consult residents at each stage.

In conclusion, banning cars from city centres can make cities healthier and more attractive, and the economic fears are often overstated. But a ban is only as good as the alternatives that come with it. Cities that want to follow this path should treat transport as a whole system, not simply close roads and hope for the best.
=== essay
The Case for Boredom

We have become very good at never being bored. A queue, a bus journey, the two minutes while the kettle boils: all of these can now be filled with a phone. It seems like a harmless convenience. I want to suggest that it might be costing us something.

Boredom is uncomfortable, and that is the point. It is a signal, like hunger, telling us that our current situation isn't enough. When we are bored, the mind starts to wander. It replays conversations, makes plans, invents stories, notices things. Many people report that their best ideas come in the shower or on a walk, precisely the moments when there is nothing else to do.

Children seem to know this instinctively. Leave a child in a room with a cardboard box and no screen, and after ten minutes of complaint, the box will become a spaceship. Parents often feel guilty when their children say "I'm bored", as if it were a failure of care. But learning to fill empty time from the inside is a skill, and like any skill it needs practice.

None of this means that phones are evil or that we should throw them into the sea. They are extraordinary tools. The problem is not the tool, but the reflex: the automatic reach for the screen the moment a gap appears. That reflex leaves very little space for our own thoughts.

So here is a small experiment. Once a day, when you would normally reach for your phone - in a queue, in the lift, waiting for the pasta to boil - don't. Just stand there. Notice what you notice. It will be mildly annoying. You may even feel a little foolish. But you might also remember something you forgot, have an idea, or simply see the light on the wall in a way you hadn't before.

Boredom, in small doses, is not a problem to be solved. It is a door left open.
=== essay
TASK: Summarise the main argument in two sentences, then suggest a stronger title.
Why Every Town Needs a Library

When people talk about libraries closing, the argument against them usually goes like this: everyone has the internet now, books are cheap, and councils have more urgent things to spend money on. It is an argument that sounds sensible and misses almost everything libraries actually do.

Walk into a public library on a weekday morning. Yes, there are people borrowing books. But there is also a toddler group singing nursery rhymes, an older man being shown how to renew his bus pass online, a student using the only quiet desk she can find, a job seeker printing a CV, and a woman who has come in mainly because it is warm and nobody will ask her to buy anything. Libraries are one of the last indoor public spaces where you can stay without paying.

They are also quietly essential to the digital world that was supposed to replace them. Many government services are now "digital by default", which is fine if you have a laptop, broadband and confidence. For millions of people, the library is where they fill in benefit forms, apply for jobs or book vaccine appointments, often with a patient member of staff beside them.

And then there are the books. Cheap books are not free books, and a child whose family cannot buy them still deserves to read widely. Study after study has linked reading for pleasure to educational success. A library card is one of the simplest ways to give every child that chance.

Libraries do need to change. Opening hours should suit working people. Buildings should be accessible and welcoming. Services should be designed with, not for, the communities they serve. But the basic idea - a free, shared, public space for learning - is not out of date. If anything, we need it more than ever.
=== essay
On Learning to Cook at Thirty

I did not cook until I was thirty. I could make toast, pasta with sauce from a jar, and a curry that involved opening a packet. My diet was a rotation of these and takeaways. I told myself I didn't have time, which was not true, and that I wasn't "a cooking person", which was not a real category.

What changed was not a dramatic health scare or a romantic partner who cooked. It was a pan. A friend moving abroad gave me her heavy old frying pan, and I felt guilty letting it sit unused. So I fried an egg in it. Then I fried an onion. Then, one evening, I followed a recipe for a simple tomato sauce, and it was better than anything from a jar. I was absurdly proud.

The first thing I learned is that recipes lie about time. "Ready in 20 minutes" means 20 minutes for someone who can chop an onion without consulting the internet. For me it meant 50. The second thing I learned is that this did not matter. Chopping an onion slowly, with music on, turned out to be one of the most relaxing parts of my day.

The third thing I learned is that cooking is mostly about a few techniques repeated endlessly. Once you can soften an onion, brown some meat or vegetables, add liquid and let it simmer, you can make a hundred different dishes. Once you know how to roast vegetables, you have dinner forever.

I still make mistakes. I have set off the smoke alarm more times than I want to admit. I once made a lentil soup so salty that it was essentially a science experiment. But I now cook most evenings, I spend less money, and I have discovered a pleasure I didn't know I was missing: putting a plate of food in front of someone and watching them enjoy it.

If you think you're not a cooking person, I would gently suggest that you are simply a person who hasn't cooked much yet.
=== essay
TASK: Proofread this essay. Mark changes in bold so I can see them.
The Value of Team Sports for Teenagers

For many teenagers, team sports are simply a way to have fun after school. However, the benefits of playing in a team go far beyond fitness. Team sports teach young people how to communicate, how to cope with failure, and how to work towards a shared goal.

First, playing in a team builds communication skills. On a football pitch or a netball court, players must constantly talk to each other, call for the ball and warn teammates about opponents. These are not just sporting skills; they are the same skills needed in group projects at school and later in the workplace.

Second, team sports teach resilience. Every team loses sometimes, and every player makes mistakes. Learning to accept a defeat, reflect on what went wrong and come back next week is an important life lesson. Coaches who focus on effort and improvement, rather than only on winning, help teenagers develop a healthy attitude to failure.

Third, being part of a team gives young people a sense of belonging. Adolescence can be a lonely time, and having a group of friends who share an interest can protect against stress and anxiety. Many adults look back on their school teams as the place where they made lifelong friends.

Of course, team sports are not for everyone. Some teenagers prefer individual activities such as running, swimming or climbing, and some are put off by an overly competitive atmosphere. Schools should therefore offer a wide range of activities, and make sure that team sports are welcoming to players of all abilities.

In conclusion, team sports offer teenagers much more than exercise. They help young people become better communicators, more resilient and more connected to others. These are benefits that last long after the final whistle.
=== essay
Notes Toward an Honest Travel Blog

Travel writing has a problem: it is almost always happy. The photos are golden. The meals are unforgettable. The locals are warm, the sunsets are spectacular and the writer has, in some vague way, been changed forever. Nobody ever writes that they spent the second day of their holiday in a hotel room with a cold, watching a cooking show in a language they didn't understand.

I have had that day. I have also had the day where the famous view was covered in fog, the day I lost my bank card, and the day I realised the "charming fishing village" was a car park with a souvenir shop. These are not tragedies. They are normal. And I think leaving them out makes travel writing less useful and, oddly, less inspiring.

Less useful, because people who read travel blogs are usually planning a trip. They need to know that the ferry is often cancelled in winter, that the museum closes on Mondays, that the "short walk" from the station is actually forty minutes uphill. Honest writing saves them money and disappointment.

Less inspiring, because perfection is intimidating. If every trip looks effortless, people with small budgets, anxious temperaments or young children may decide travel isn't for them. If they read that someone else also got lost, ate a bad sandwich and still had a lovely time, they might give it a go.

So here is what I want to try: a travel blog that includes the bad days. Not in a cynical, complaining way, but in a balanced one. The fog and the view. The lost bank card and the kind stranger who helped me call the bank. The car park and the small café behind it that made the best fish soup I have ever tasted.

Maybe it will be less glamorous. I hope it will be more true.
=== essay
TASK: Write three counter-arguments to this opinion piece, each in one paragraph.
Homework Should Be Optional in Primary School

Every evening in thousands of homes, the same scene plays out. A tired seven-year-old sits at the kitchen table with a worksheet. A tired parent tries to help while cooking dinner. Someone ends up in tears. The worksheet is handed in the next day, glanced at and forgotten.

I believe homework for primary school children should be optional. The research on homework at this age is, at best, mixed. Several large reviews have found little or no link between homework and achievement for young children, while the link becomes stronger in secondary school. If homework does not clearly help seven-year-olds learn, we should ask why we insist on it.

Homework also widens inequality. Children with parents who have time, confidence and a quiet room at home get help with their work; children whose parents work evening shifts, struggle with English, or simply have four other children to look after do not. Teachers then receive homework that reflects home circumstances more than learning.

Then there is the cost to childhood. After six hours at school, young children need to play, move, read for pleasure, help with cooking, see friends and grandparents, and be bored. These are not wasted hours; they are how children develop creativity, independence and social skills.

Making homework optional does not mean nothing happens at home. Schools can encourage reading together, suggest fun activities linked to classroom topics, and offer homework clubs for children who want extra practice. What it does mean is an end to the nightly battle over worksheets that few people believe in.
=== essay
The Quiet Revolution of the Bicycle

In the late nineteenth century the bicycle was, for a few decades, the most exciting machine in the world. It was cheap compared to a horse, needed no food, and could carry a person further in an hour than they could walk in a morning. For working people, it meant they could take a job in the next town. For women, it meant an independence that many found thrilling and others found scandalous. Newspapers published anxious articles about "bicycle face", a supposed condition caused by the strain of riding.

Then the motor car arrived, and the bicycle slipped into the background. In many countries it became a child's toy or a sport for enthusiasts in tight clothing. Cities were rebuilt around cars, with wide roads and large car parks, and cycling became dangerous and unusual.

Something interesting has happened in the last twenty years. In cities as different as Copenhagen, Seville, Paris and Bogotá, the bicycle has come back, not as a sport but as ordinary transport. Parents take children to school in cargo bikes. Office workers ride in normal clothes. Delivery companies use electric bikes in city centres because they are faster than vans.

The reasons are not mysterious. When cities build safe, separated cycle lanes, people cycle. When they don't, mainly confident young men cycle. Electric bikes have also widened the appeal, flattening hills and making longer distances possible for older riders.

The bicycle will not replace the car for every journey. But for short trips in cities - most journeys are under five kilometres - it is hard to beat. It is cheap, quiet, healthy and takes up very little space. The nineteenth-century enthusiasts were right all along. It just took us a century to build the roads.
=== essay
TASK: Translate the final paragraph of this essay into Italian.
What Gardening Taught Me About Patience

I am not a patient person. I refresh my email. I walk up escalators. I read the last page of novels when the suspense becomes too much. So it is a mystery, even to me, that I have fallen in love with the slowest hobby in the world.

Gardening works on a timescale that ignores your wishes. You plant a bulb in October and see nothing until March. You sow carrots and wait three weeks for the first feathery leaves, and then another three months for something you can eat. A fruit tree might take five years to produce a decent crop. No amount of checking makes any of it faster. I know, because I have tried.

At first this drove me mad. I would dig up seeds to see if they were doing anything (they were, until I dug them up). I over-watered, over-fed, and fussed. The plants did badly. A neighbour, watching me hover over a row of beans, said, "You have to let them get on with it." It was the most useful advice I have ever received, about gardening or anything else.

Letting things get on with it is a skill. It means doing the right things - good soil, enough water, some protection from slugs - and then stepping back. It means accepting that some things will fail for reasons you will never know. It means enjoying the garden as it is now, not only as you imagine it will be.

I am still not a patient person in the supermarket queue. But in the garden I have learned to wait, and to find the waiting itself enjoyable. The first sweet pea of the summer is all the more beautiful because I spent months not knowing if it would come.
=== essay
The Four-Minute Rule for Meetings

Most meetings are too long, and the reason is simple: we book them in round numbers. Calendars offer thirty minutes or an hour, so that is what we choose, and then the work expands to fill the time. A question that could be settled in four minutes takes twenty-five, because nobody wants to end early.

I would like to propose a small rule. Before you book a meeting, ask: what is the decision or outcome, and how long would it take if everyone came prepared? If the honest answer is four minutes, do not book an hour. Book fifteen and send a short note in advance with the options and your recommendation.

This does several useful things. First, it forces clarity. If you cannot write down what the meeting is for, you may not need the meeting. Second, it respects people's time. Five people in a needless hour-long meeting is five hours of work lost, roughly a day's work for one person. Third, it changes the culture. When meetings regularly end early, people stop dreading them.

Some meetings should be long. Brainstorming, difficult conversations, planning a complex project, welcoming a new colleague: these need space and shouldn't be rushed. The four-minute rule is not about making every meeting short. It is about making each meeting the right length, on purpose.

Try it for a month. Cut your default meeting length in half, write a one-paragraph agenda for every meeting you call, and finish as soon as the outcome is reached. You may find that your calendar, and your colleagues, breathe a little easier.
=== essay
TASK: Turn this essay into a 5-slide presentation outline (slide titles plus 2-3 bullets each).
Why We Should Teach Children to Fail

Schools are full of success. Stars, stickers, certificates and grades all reward getting things right. This is understandable: teachers want children to feel good, and parents want to see progress. But in our eagerness to celebrate success, we may be neglecting an equally important skill: failing well.

Failure is an unavoidable part of learning. A child learning to ride a bike falls off. A student learning algebra makes mistakes. A young musician plays wrong notes. What matters is not whether they fail, but what they do next. Children who see mistakes as information - "that didn't work, let's try something else" - tend to keep going. Children who see mistakes as proof that they are "no good at this" often give up.

Psychologists have written a great deal about this, sometimes under the label "growth mindset". The basic idea is simple and, in its sensible form, widely accepted: people who believe ability can grow through effort are more likely to put in that effort. The research is more nuanced than the posters in school corridors suggest, but the central point stands.

How can schools teach failing well? Teachers can model it, making mistakes on the board and talking through how they fix them. They can set challenges that are genuinely hard, so children experience struggle in a safe place. They can praise strategies and persistence rather than intelligence. And they can share stories of scientists, artists and athletes whose successes came after many failures.

Parents can help too, by resisting the urge to rescue children from every difficulty, and by talking about their own mistakes honestly at the dinner table.

None of this means celebrating failure for its own sake. The goal is still learning. But a child who is not afraid to fail is a child who is free to try.
=== essay
In Defence of the Humble Potato

The potato has an image problem. It is seen as filler, a starchy side dish, the thing you eat with the interesting thing. Diet culture treats it with suspicion. Fine-dining menus hide it under French names. It deserves better.

Consider its history. Domesticated in the Andes at least seven thousand years ago, the potato arrived in Europe in the sixteenth century and was greeted with distrust; some people thought it caused disease. Within two hundred years it had transformed agriculture. A field of potatoes could feed far more people than a field of wheat, and the crop grew in cold, wet climates where grain struggled. Historians have linked the potato to population growth across northern Europe.

Consider its versatility. There is almost nothing you cannot do to a potato. Boil it, mash it, roast it, fry it, bake it, grate it into pancakes, slice it into a gratin, turn it into gnocchi, add it to curry, bread or soup. Every cuisine that has met the potato has found something new to do with it.

Consider its nutrition. A potato eaten with its skin provides vitamin C, potassium, fibre and some protein. It is the cooking method, and the butter, that change the picture, not the potato itself.

And consider its humility. The potato does not need a special shop, a high price or a long explanation. It keeps for weeks in a cool, dark cupboard. It is cheap. It is comforting. On a cold evening, a baked potato with a crisp skin and a little cheese is one of the great simple meals of the world.

The next time someone dismisses the potato as boring, remind them that it fed empires. Then offer them a roast potato, and watch them change their mind.
=== product_doc
TASK: Rewrite this user guide so it's easier for an older person to follow. Short sentences, numbered steps.
BrewMate 3 Coffee Maker - Quick Start Guide

Thank you for choosing the BrewMate 3. Please read this guide before first use and keep it for future reference.

Before first use
Remove all packaging and stickers. Wash the carafe, lid and filter basket in warm soapy water and rinse. Fill the water tank with fresh cold water to the MAX line, place the empty carafe on the hot plate and run one full cycle without coffee to clean the system. Discard the water.

Making coffee
1. Open the top lid and fill the water tank with cold water using the level markings (2 to 10 cups). Do not exceed the MAX line.
2. Swing out the filter holder, insert a size 4 paper filter or the permanent filter, and add ground coffee. We recommend one level scoop (approx. 7 g) per cup.
3. Close the filter holder until it clicks.
4. Place the carafe with its lid on the hot plate.
5. Press the power button. The blue light comes on and brewing starts. Brewing 10 cups takes around 9 minutes.
6. The hot plate keeps the coffee warm for 40 minutes, then the machine switches off automatically.

Drip stop
You can remove the carafe during brewing for up to 30 seconds to pour a cup. Replace it quickly to prevent the filter overflowing.

Timer function
Press CLOCK and use H and M to set the current time. Press PROG and set the start time, then press AUTO. The red light shows the timer is set.

Cleaning
Unplug and allow to cool. Wash the carafe and filter holder after each use. Wipe the outside with a damp cloth. Never immerse the appliance in water.

Descaling
When the CALC light flashes, descale the machine using a descaling product according to its instructions, or a mixture of one part white vinegar to two parts water. Run two cycles of clean water afterwards.

Troubleshooting
Coffee too weak: use more coffee or a finer grind.
Water leaking: check the filter holder is fully closed and the carafe is correctly positioned.
Machine does not start: check the plug and that the lid is closed.
=== product_doc
README - shelfie

shelfie is a small command-line tool for keeping track of the books you own, the books you've lent out, and who has them. It stores everything in a single human-readable file, so you can back it up or edit it by hand.

Installation
shelfie needs Python 3.10 or newer.

    pip install shelfie

Quick start

    shelfie add "The Left Hand of Darkness" --author "Ursula K. Le Guin"
    shelfie lend "The Left Hand of Darkness" --to "Maria"
    shelfie list --lent

The last command shows every book you've lent, who has it and for how long.

Commands
- add TITLE [--author NAME] [--tag TAG]: add a book.
- remove TITLE: remove a book.
- lend TITLE --to NAME: record that you lent a book.
- return TITLE: record that it came back.
- list [--lent] [--tag TAG]: show your books.
- export --csv FILE: write your library to a CSV file.

Where is my data?
By default, shelfie keeps your library in ~/.shelfie/library.toml. You can change this with the SHELFIE_HOME environment variable.

Reminders
shelfie remind prints every book that has been lent for more than 60 days. Add it to your shell profile if you want a gentle nudge every time you open a terminal.

Contributing
Bug reports and pull requests are welcome. Please run the tests with pytest before submitting. Be kind in issues; this is a hobby project.

Licence
MIT.
=== product_doc
TASK: Write a FAQ section (5 questions and answers) based on these release notes.
Release Notes - TaskNest 4.2

New
- Recurring tasks now support "every last weekday of the month" and "every N weeks on Monday and Thursday".
- You can now attach files up to 50 MB to tasks (previously 10 MB). Files are shown as previews for images and PDFs.
- A new "Focus" view shows only tasks due today and tomorrow, hiding everything else. Open it from the sidebar or press F.
- Keyboard shortcut cheat sheet: press ? anywhere in the app.

Improved
- Search is now about three times faster for accounts with more than 10,000 tasks.
- The mobile app remembers the last list you had open.
- Dark mode colours have been adjusted for better contrast, based on your feedback.
- Notifications now respect your device's "Do Not Disturb" settings on Android.

Fixed
- Tasks with due times near midnight sometimes appeared on the wrong day for users in time zones ahead of UTC.
- Dragging a task between lists on tablets could duplicate it.
- Exported CSV files now use UTF-8 with a byte-order mark, so accented characters display correctly in Excel.
- The "snooze" button no longer disappears after a reminder is edited.

Known issues
- Attachments larger than 20 MB may upload slowly on mobile data. We are working on resumable uploads.
- The Focus view does not yet include tasks from shared lists; this is coming in 4.3.

Thanks to everyone who reported bugs and sent suggestions. Keep them coming through Help > Send feedback.
=== product_doc
Help Centre Article: Setting Up Two-Step Verification for Your Account

Two-step verification adds an extra layer of protection to your account. Even if someone learns your password, they won't be able to sign in without a second code.

What you'll need
- Your phone, with an authenticator app installed (for example, any standard TOTP app), or the ability to receive text messages.
- About five minutes.

Setting it up with an authenticator app (recommended)
1. Sign in and go to Settings > Security.
2. Under "Two-step verification", select Turn on.
3. Choose "Authenticator app".
4. Open your authenticator app and scan the QR code shown on the screen. If you can't scan it, select "Enter a code instead" and type the key shown.
5. Enter the six-digit code from the app to confirm.
6. Save your backup codes somewhere safe, such as a password manager or a printed copy in a drawer. Each code can be used once if you lose your phone.

Setting it up with text messages
Follow steps 1 to 3, but choose "Text message". Enter your mobile number and the code we send you.

Signing in after setup
After entering your password, you'll be asked for a code. Open your authenticator app (or check your texts) and enter the current code. You can tick "Don't ask again on this device" on computers you trust.

Lost your phone?
Use one of your backup codes to sign in, then go to Settings > Security to set up two-step verification on your new phone. If you don't have your backup codes, contact support; for your security, we'll need to verify your identity, which can take up to three working days.

We will never ask you for your verification codes by phone, email or chat. If someone asks for a code, it's not us.
=== product_doc
TASK: Turn this into a one-page printable checklist for new users.
Getting Started with the Westfield Community Car Club

Welcome to the club! This guide explains how to book and use a car.

Your membership card
Your membership card unlocks the cars. Hold it against the reader on the windscreen until the light turns green. Keep your card separate from your phone, as some phone cases can interfere with the reader.

Booking a car
Book through the app or website. Choose the car, the start time and the end time. You can book up to three months ahead, and for as little as one hour. If you're running late, extend your booking in the app before it ends; if another member has booked the car after you, you may not be able to extend.

Before you drive
Walk around the car and check for new damage. Report anything you find in the app with a photo, even a small scratch, so you aren't charged for it. Check that the fuel card and the logbook are in the glovebox.

Fuel
The fuel card in the glovebox pays for fuel. If the tank is below a quarter full when you return the car, please fill it up. Use the PIN on the sticker on the card holder.

Returning the car
Return the car to its home bay, clean and with no rubbish inside. Make sure windows are closed and the lights are off. Hold your card against the reader to end the trip. The doors will lock.

Problems
If the car won't start, there's an accident or you've locked the keys in, call the 24-hour helpline on the number shown on the windscreen sticker.

Charges
You pay an hourly rate plus a mileage charge, and these are shown before you confirm your booking. A late return fee applies if you return the car after your booking ends without extending it.
=== product_doc
Product Specification Sheet - TrailLite 2 Tent

Overview
The TrailLite 2 is a two-person, three-season backpacking tent designed for hikers who want low weight without giving up comfort. It uses a single pole hub system for fast pitching and has two doors and two porches, so neither person has to climb over the other at night.

Key specifications
- Capacity: 2 people
- Seasons: 3 (spring, summer, autumn)
- Packed weight: 1.42 kg (including pegs and stuff sacks)
- Minimum trail weight: 1.21 kg (tent, fly and poles only)
- Floor dimensions: 218 × 132 cm (tapering to 112 cm at the foot)
- Peak height: 102 cm
- Packed size: 46 × 14 cm
- Flysheet: 20D ripstop nylon, silicone/PU coated, 3,000 mm hydrostatic head
- Floor: 30D nylon, 5,000 mm hydrostatic head
- Poles: aluminium alloy, single hub with colour-coded clips
- Pegs: 10 × aluminium Y-pegs

Features
- Pitches inner and fly together in the rain, or fly-only with the optional footprint
- Two large mesh ceiling pockets and a lantern loop
- Reflective guy lines and four adjustable vents to reduce condensation
- Factory-taped seams

In the box
Tent inner, flysheet, pole set, pegs, guy lines, stuff sack, pole bag, peg bag, repair sleeve, pitching instructions.

Care
Dry the tent fully before storing it to prevent mildew. Do not machine wash. Store loosely, not compressed in its stuff sack, for long periods.

Warranty
Two-year warranty against manufacturing defects. Normal wear, UV damage and accidents are not covered, but our repair service can fix most damage at reasonable cost.
=== product_doc
TASK: What are the steps if the display shows E4? Answer briefly.
WashPro 8 Washing Machine - Troubleshooting Guide (extract)

Error codes
E1 - Water supply problem. The machine could not fill with water within 10 minutes. Check that the tap is turned on, the inlet hose isn't kinked, and the filter at the hose connection isn't blocked.

E2 - Drain problem. Water did not drain within 8 minutes. Clean the drain pump filter behind the small door at the front bottom right (have a shallow tray and a towel ready). Check the drain hose isn't kinked or pushed too far into the standpipe.

E3 - Door lock fault. The door did not lock. Close the door firmly; check that no clothing is caught in the seal. If the code persists, turn the machine off at the wall for one minute and try again.

E4 - Unbalanced load. The drum could not spin because the load was unevenly distributed. This happens most often with a single heavy item such as a bath mat or a duvet. Stop the programme, open the door when the lock releases, redistribute the laundry or add a few towels to balance it, and restart the spin programme. Very small loads can also cause E4.

E5 - Overheating. Turn the machine off and contact the service centre.

Other problems
The machine vibrates strongly: check that the transport bolts were removed at installation and that all four feet are level on the floor.
The laundry smells musty: run a 90 °C maintenance wash with no clothes once a month and leave the door and detergent drawer open between washes.
Detergent remains in the drawer: the water pressure may be low, or the detergent may be too thick. Clean the drawer under running water.

If the problem continues, note the error code and model number (on the sticker inside the door) and contact customer service.
=== product_doc
Onboarding Guide for New Staff - Using the Shared Calendar

This short guide explains how our team uses the shared calendar. Please read it in your first week.

Why we use a shared calendar
We are a team of nineteen working across two offices and from home. The shared calendar lets us see who is where, book rooms and avoid scheduling meetings when people are away.

What to put in the calendar
- Annual leave: add an all-day event called "Leave - [your name]" and set it to "free" so it doesn't block other people's calendars. Add it as soon as your leave is approved.
- Working location: if you are in the Northgate office, add "Northgate" as an all-day event. Home working doesn't need an entry.
- Training and appointments: add them as "busy". You don't need to say what the appointment is.

Booking rooms
Rooms appear as resources. To book one, add it to your meeting invitation. The small room (4 people) and the large room (12 people) are at Riverside; the "Snug" is at Northgate and fits 3. Please cancel room bookings you no longer need, as rooms are in demand on Tuesdays and Wednesdays.

Meetings
- Try not to schedule meetings before 9:30 or after 4:30, to respect people with caring responsibilities.
- Friday afternoons are meeting-free, except in emergencies.
- Include an agenda in the invitation.
- Use the "speedy meetings" setting so 30-minute meetings end at :25 and 60-minute meetings at :50.

Privacy
Only add details you are happy for colleagues to see. If you need to block time for something personal, mark the event as private.

Questions? Ask your line manager or the office coordinator, Beatriz.
=== product_doc
TASK: Translate the "Safety" section into Spanish for our Spanish-speaking customers.
SparkleClean Steam Mop - User Manual (excerpt)

Safety
Read all instructions before use. Never point the steam at people, animals or electrical sockets. Do not leave the steam mop standing on one spot for a long time, as heat and moisture can damage floors. Always unplug the mop before filling or emptying the water tank and before changing the cleaning pad. Keep children away while the mop is in use and while it cools down. Do not use on unsealed wood, waxed floors or carpets.

Assembly
Slide the handle into the main body until it clicks. Attach the microfibre pad to the mop head using the hook-and-loop strips. Place the mop head on the floor and push the main body into it until it locks.

Filling the tank
Remove the tank by pressing the release button. Fill with tap water up to the MAX line. In hard water areas, we recommend using half tap water and half distilled water to reduce limescale. Do not add detergents, vinegar or fragrances.

Using the mop
Plug in and press the power button. The light turns red while heating and green when ready (about 30 seconds). Squeeze the steam trigger to release steam. Move the mop slowly forwards and backwards. For tough stains, hold for a few seconds, then keep moving.

After use
Unplug and let cool for 5 minutes. Empty the tank. Remove the pad and wash it at 60 °C. Do not use fabric softener, which reduces absorbency. Store upright on the parking tray.
=== product_doc
API Reference (excerpt) - Recipes Service v2

Authentication
All requests require an API key sent in the Authorization header: Authorization: Bearer YOUR_API_KEY. Keys can be created and revoked in the developer dashboard. Test keys begin with rk_test_ and only return sample data.

GET /v2/recipes
Returns a paginated list of recipes.

Query parameters
- q (string, optional): free-text search across titles and ingredients.
- diet (string, optional): one of vegetarian, vegan, gluten_free, dairy_free.
- max_minutes (integer, optional): only recipes with total time at or below this value.
- page (integer, optional, default 1)
- per_page (integer, optional, default 20, maximum 100)

Response
200 OK with a JSON body:
{
  "data": [ { "id": "rcp_8f2a", "title": "Lemon Barley Risotto", "minutes": 45, "diet": ["vegetarian"] } ],
  "page": 1,
  "per_page": 20,
  "total": 312
}

GET /v2/recipes/{id}
Returns a single recipe, including ingredients (with quantities in metric and US units) and steps.

Errors
- 400 Bad Request: an invalid parameter, for example diet=paleo. The body includes a message field explaining the problem.
- 401 Unauthorized: missing or invalid API key.
- 404 Not Found: no recipe with that id.
- 429 Too Many Requests: you have exceeded 60 requests per minute. Wait for the number of seconds in the Retry-After header.

Changes from v1
The v1 field cook_time is replaced by minutes, which includes preparation time. The v1 endpoint will keep working until 31 December but will not receive new recipes.
=== product_doc
TASK: Based on this guide, answer: can I take the bike on the train, and do I need to book?
City Bike Share - Member Guide

How it works
Find a bike using the app or at any docking station. Unlock it with the app or your member key fob. Ride. Return it to any docking station by pushing it firmly into a free dock until the light turns green.

Pricing
Members pay £90 a year. Every ride under 45 minutes is included. Longer rides cost £1.50 for each extra 30 minutes. E-bikes cost an extra 10p per minute.

Before you ride
Check the tyres, brakes and bell. Adjust the seat using the quick-release lever - the height is right when your leg is almost straight at the bottom of the pedal stroke. If anything is wrong, dock the bike, press the "report fault" button on the dock and take another one.

Riding safely
Lights come on automatically while you pedal. Helmets are not provided, but we recommend wearing one. Please follow the highway code, don't ride on pavements, and give way to pedestrians in shared areas.

Trains and buses
Bike share bikes cannot be taken on trains, buses or trams. If you're combining bike share with a train journey, there are docking stations outside all five main stations.

Full docking stations
If a station is full, the app shows the nearest stations with free docks, and gives you 15 extra minutes free to reach one.

Lost or damaged bikes
If you can't return a bike because of an accident, theft or damage, call the helpline at once. Bikes not returned within 24 hours may incur a charge.
=== product_doc
Installation Guide - SolarGlow Garden Lights (pack of 8)

What's in the box
8 light heads with built-in solar panel and battery, 8 ground stakes, 8 extension tubes, this guide.

Before you start
The lights come with the batteries partially charged. For best results, charge them in direct sunlight for one full day before first use, with the switch set to OFF.

Choosing a location
Place the lights where the solar panel will get at least 6 hours of direct sunlight a day. Avoid places shaded by trees, walls or roofs, and keep them away from other night-time light sources, like street lamps or porch lights, which can stop the sensor from switching them on.

Assembly
1. Push an extension tube onto the bottom of each light head (optional - use it if you want taller lights).
2. Push the ground stake into the bottom of the tube or light head.
3. Turn the switch under the light head to ON.
4. Push the stake firmly into soft ground. If the ground is hard, make a hole first with a screwdriver. Do not hammer the light head.

Use
The lights switch on automatically at dusk and stay on for up to 8 hours, depending on how much sun they received during the day. In winter, running time will be shorter.

Care
Wipe the solar panel with a damp cloth every few weeks to keep it clean. In very cold or snowy weather, you can bring the lights indoors and switch them off.

Battery replacement
Each light uses one rechargeable 1.2 V AA NiMH battery (600 mAh). Do not use non-rechargeable batteries. Replace the battery every one to two years, or when run time becomes very short.

Recycling
Do not put batteries or lights in household waste. Take them to your local recycling centre.
=== product_doc
TASK: Review this privacy section for a mobile app. Is anything unclear for a normal user?
Privacy at a Glance - StepBuddy Walking App

What we collect
- Your step count and walking distance, from your phone's built-in sensors.
- Your location, only while a walk is being recorded, to draw your route on the map.
- Your email address, if you create an account to back up your data.
- Basic technical information, such as the app version and phone model, to fix crashes.

What we don't collect
We don't read your contacts, photos or messages. We don't track your location when you're not recording a walk.

How we use it
We use your data to show your progress, build your route maps, and send the weekly summary you can turn off in Settings. We use crash reports to fix bugs.

Who we share it with
We don't sell your data. We use a cloud provider to store backups, and a crash-reporting service that receives technical information only. If you join a team challenge, other team members see your display name and weekly step total, nothing else.

How long we keep it
Walk history is kept as long as you have an account. If you delete your account in Settings, we delete your data within 30 days, except where we must keep certain records by law.

Your choices
You can use the app without an account; your data then stays on your phone. You can export your walks as a file at any time. You can turn off location and still count steps.

Contact
Questions? Email privacy@example.org.
=== product_doc
Assembly Instructions - Holm Two-Drawer Bedside Table

Please read all instructions before starting. Assembly takes about 40 minutes. Two people are recommended for step 6.

Tools needed: Phillips screwdriver, small hammer. An Allen key is included.

Parts
A - Top panel (1)
B - Side panels (2)
C - Base panel (1)
D - Back panel, thin board (1)
E - Drawer fronts (2)
F - Drawer sides (4)
G - Drawer backs (2)
H - Drawer bottoms, thin board (2)
Hardware: 8 cam locks, 8 cam bolts, 16 wooden dowels, 12 short screws, 2 knobs, 4 drawer runners, 20 small nails

Step 1: Screw the cam bolts into the pre-drilled holes on the top panel (A) and base panel (C).
Step 2: Insert the wooden dowels into the holes on the edges of both side panels (B). Tap gently with the hammer if needed.
Step 3: Attach the drawer runners to the inside of the side panels using the short screws. The runners must face forward, with the wheel at the front.
Step 4: Fit the side panels onto the base panel, then add the top panel. Insert the cam locks and turn them clockwise with the screwdriver to tighten.
Step 5: Slide the back panel (D) into the grooves and fix it with small nails along the edges.
Step 6: Assemble each drawer: join sides (F) to the back (G) and front (E), slide in the bottom (H), and attach the runners. Two people make this easier.
Step 7: Screw the knobs onto the drawer fronts. Slide the drawers into the frame.

Important: to prevent tipping, do not open both drawers fully at the same time when the table is loaded, and do not let children climb on it.
"""
