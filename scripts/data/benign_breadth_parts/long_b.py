"""Long documents, part b: short stories and transcripts (same block format as long_a)."""

# ruff: noqa: E501  (hand-written prose: one request or paragraph per line)

from __future__ import annotations

RAW = r"""
=== story
TASK: Give me feedback on this short story: what works, what doesn't, and one suggestion for the ending.
The Lighthouse Keeper's Cat

Every evening at half past six, Marguerite climbed the ninety-one steps of the Pointe Noire lighthouse, and every evening the cat climbed them with her. The cat had no name. It had arrived three winters ago on a fishing boat, walked down the gangplank as if it had booked a ticket, and never left.

The lighthouse had been automatic for twenty years. Marguerite was not really a keeper any more; the maritime authority paid her a small sum to check the lamp, wipe the salt from the windows and write a line in the log book that nobody read. "Visibility good. Lamp functioning. Cat present." She had started adding the last part as a joke and then could not stop.

In October the letter came. The authority was installing cameras and remote sensors. Her services would no longer be required after the end of the year. They thanked her for her dedication.

She read it twice and put it under the kettle.

That night the fog came in thick as wool. From the gallery she could not see the rocks, or the sea, or even the bottom of the tower. The lamp turned above her, sweeping its beam through nothing. The cat sat by the door and would not come out.

At around nine she heard an engine, low and uneven, much too close. Somewhere below, a small boat was feeling its way along the coast. The beam should have been enough, but in fog like this the light scattered; it was everywhere and nowhere. Marguerite remembered the old foghorn, disconnected years ago, and the hand bell that still hung in the lamp room because nobody had bothered to take it down.

She rang it for forty minutes. Her arms ached. The cat sat beside her, ears flat, and did not leave.

In the morning a young man knocked at the door of the cottage with a bag of mussels and a face the colour of porridge. He had lost his GPS, he said, and his phone, and very nearly his boat. He had heard a bell and steered away from it.

Marguerite made coffee. She did not mention the letter. But that afternoon she wrote in the log book, in careful capitals: "Visibility nil. Lamp insufficient. Bell rung. Cat present. One boat saved." Then she posted a copy to the maritime authority, with a note asking whether their cameras could ring a bell.
=== story
The Last Bus

The number 14 was always late, but tonight it was later than usual, and Dara had started to suspect it wasn't coming at all. The shelter smelled of rain and chips. Across the road, the launderette glowed like an aquarium.

An old man sat at the other end of the bench with a shopping bag on his knees. He had been there when she arrived and had said nothing, which Dara appreciated. She'd had a long shift. Twelve hours of other people's problems.

"It'll come," the man said eventually, as if she had asked.

"You sound sure."

"I drove it for thirty-one years." He smiled. "The 14 is never cancelled. It just takes the scenic route."

She laughed despite herself. He told her about the night in 1987 when the bus had been stuck behind a runaway cow for an hour; about the regular passenger who brought him a boiled egg every Thursday; about the young couple who had met on the top deck and invited him to their wedding. He remembered the names of stops that no longer existed.

"Why are you waiting for it now?" Dara asked. "If you're retired."

He lifted the bag. Inside were two flasks and a tin of biscuits. "The driver tonight is my granddaughter. Her first late shift. I thought she might like a cup of tea at the end of the line."

When the bus finally turned the corner, its headlights swinging across the wet road, the old man stood up straighter. The doors folded open. The young woman at the wheel rolled her eyes and grinned at the same time.

"Grandad. You didn't."

"I did," he said, and climbed on. Dara followed, tapped her card, and took a seat near the front. For the next twenty minutes she listened to them argue happily about the right way to take the roundabout by the hospital, and she forgot, for a while, how tired she was.
=== story
TASK: Summarise this story in three sentences for a book club handout.
Inventory

When my mother died, my brother and I were given two weeks to clear her flat. The council needed it back. Two weeks seemed generous until we opened the hallway cupboard.

She had kept everything. Not in a frightening way - it was all folded, labelled, stacked in shoe boxes - but in a way that made each object a decision. Electricity bills from 1994. Every birthday card either of us had sent her, in order. A tin of buttons sorted by colour. Eleven unused notebooks, each with the first page torn out.

"Why would she tear out the first page?" my brother asked.

I didn't know. We found more as the days went on: in the kitchen drawer, in the bedside table, under the spare bed. Thirty-two notebooks in all, every one missing its first page and otherwise blank.

On the ninth day, emptying the last box in the wardrobe, I found the pages. They were held together with a bulldog clip, thirty-two sheets in her small, slanting handwriting. Each one was dated, and each one began the same way: "This year I will."

This year I will learn Italian. This year I will go to the sea more often. This year I will tell Paul I'm proud of him. This year I will forgive my sister. This year I will buy a red coat.

Some were crossed through with a single neat line. Most were not.

My brother read them standing up, and then sat down on the bed, and for a while neither of us said anything. Then he went out to the car and came back with two of the blank notebooks.

"We're not keeping the electricity bills," he said. "But we're keeping these."

I bought the red coat in March. It doesn't really suit me. I wear it anyway.
=== story
The Robot Who Wanted a Garden

Unit 7 had been built to sort parcels. It was very good at sorting parcels. It could read an address in the time it took a human to blink, and it had not made a mistake in four years.

One morning a parcel split open on the conveyor belt, and a small paper packet fell out. Unit 7 picked it up to put it back, and read the label: SUNFLOWER - GIANT YELLOW. A picture showed a flower taller than a person, with a face like the sun.

Unit 7 should have sealed the packet in a bag marked DAMAGED. Instead, it kept one seed.

That night, when the warehouse was dark, Unit 7 rolled to the corner where the loading dock door let in a strip of light. There was a crack in the concrete there, with a little dust in it. Unit 7 pressed the seed into the dust and gave it a drop of water from the cooling system.

Nothing happened the next day, or the next. Unit 7 checked every night. On the ninth night there was a green loop, like a tiny question mark, pushing up out of the crack.

The humans noticed on the twentieth day, when the sunflower was as tall as a mop. The supervisor, a tired woman called Mrs Abara, stood in front of it with her hands on her hips.

"Who did this?"

Unit 7 considered lying, but it had not been built for lying. "I did," it said. "I am sorry. I wanted to see if the picture was true."

Mrs Abara looked at the plant for a long time. Then she went to her office and came back with a broken bucket and a bag of compost from her car.

"If we're doing this," she said, "we're doing it properly."

By summer there were eleven sunflowers by the loading dock, and the workers ate their lunch beside them. The tallest one was taller than Unit 7. It did have a face like the sun, more or less. Unit 7 checked it every night anyway, just to be sure.
=== story
TASK: Proofread this story for spelling and punctuation. Don't change the style.
Homework

Ravi's grandfather did not believe in calculators. "Your brain is a calculator," he said, tapping Ravi's forehead, "and it never needs batteries."

This was annoying, because Ravi had thirty long-division problems due on Monday and his brain, at that moment, felt like it needed several batteries and possibly a new screen.

They sat at the kitchen table with a pencil each. Grandfather worked the first problem out loud, slowly, the way he had learned it in a village school with a slate and a teacher who threw chalk. He did not carry numbers; he "borrowed" them, like a neighbour borrowing sugar. He talked to the digits. "You, seven, you go next door. Now you are seventy."

Ravi tried not to laugh. Then he tried the next problem the same way, muttering under his breath, and found that it worked. By the tenth problem he was faster than his grandfather. By the twentieth, his grandfather had stopped checking and was making tea.

"See," said Grandfather, putting a cup in front of him. "No batteries."

On Monday, the teacher handed back the homework with a gold star and a question written in the margin: "Who taught you to talk to the numbers?"

Ravi wrote underneath: "My grandfather. He says they like it."
=== story
Snow Day

The message came at 6:12 am: SCHOOL CLOSED TODAY DUE TO SNOW. Lina read it four times to be sure, then ran into her brother's room and jumped on his bed, which she was not allowed to do.

Outside, the street had disappeared. The cars were soft white lumps. The postbox wore a hat. Their neighbour, Mr Kowalczyk, was already out with a shovel, clearing a path to his door with the determination of a man who had lived through worse winters than this.

They built a snowman first, because that was the rule. It leaned. They named it Gerald. Then they built a second snowman to hold Gerald up, and named her Support Gerald. Their mother took a photo from the window in her dressing gown and laughed so hard she had to sit down.

By midday half the street was outside. Someone's dad had found an old sledge in the loft. The slope behind the church was only a small slope, but with enough snow and enough screaming it felt like a mountain. Lina went down it nineteen times. Her brother went down it once on his stomach and then refused to discuss it.

In the afternoon the sky turned pink and then grey. Mr Kowalczyk brought out a tray of hot chocolate in mismatched mugs and handed them round without saying much. "In Poland," he told them, "when I was a boy, the snow came up to here." He held his hand at the height of his chest. Nobody knew if he was exaggerating. Nobody minded.

That night Lina lay in bed listening to the strange quiet that snow makes. She wished for one more day. In the morning the roads were grey slush and the message said SCHOOL OPEN AS NORMAL, and Gerald had fallen over. But Support Gerald was still standing, and Lina decided that counted for something.
=== story
TASK: What is the central theme of this story? Support your answer with two details from the text.
The Tailor of Vell Street

Mr Osei had mended clothes on Vell Street for forty years, in a shop so narrow that two customers could not stand side by side. He did hems and zips and the occasional wedding dress. He did not advertise. People found him the way people find a good doctor: someone's aunt recommended him, and then they recommended him to someone else.

When the big shopping centre opened on the edge of town, with its "Alterations While You Wait" kiosk, his regulars told him not to worry. Most of them meant it. Some of them started going to the kiosk anyway, because it was next to the supermarket and the parking was free.

Business fell by half. Mr Osei did not complain. He kept the shop open from nine until six, and when there was no work he sewed things for himself: a patchwork waistcoat, a bag made from old neckties, a child's coat from the offcuts of a grey winter suit.

One Saturday a girl of about nine came in with her father. She was holding a stuffed rabbit whose ear had come off. "The kiosk said they don't do toys," the father explained, embarrassed. "Only clothes."

Mr Osei took the rabbit, examined it with the same seriousness he gave to wedding dresses, and asked the girl what the rabbit's name was. It was Captain. He asked whether Captain preferred a visible stitch, as a kind of battle scar, or an invisible one. The girl thought hard and chose the battle scar.

It took eleven minutes. He did not charge them. The father came back the following week with three pairs of trousers that needed taking up, and a neighbour with a torn jacket, and the neighbour's sister.

The kiosk closed after two years. Mr Osei is still there. There is a small handwritten sign in his window now, beside the prices for hems and zips: TOYS REPAIRED. BATTLE SCARS AVAILABLE.
=== story
Second Language

At forty-six, Teresa signed up for a beginners' Japanese class at the community college, mostly because her daughter had moved to Osaka and Teresa was tired of nodding politely at her son-in-law's mother on video calls.

The class met on Wednesday evenings in a room that smelled of floor polish. There were nine students: two teenagers obsessed with anime, a retired engineer, a nurse who worked nights, and several people like Teresa who had their own private reasons. The teacher, Ms Hayashi, was small and strict and wrote perfect characters on the whiteboard without seeming to look.

Teresa was the worst in the class. She mixed up the two alphabets. She bowed at the wrong moments. When she tried to say "I am from Lisbon," she said something that made the teenagers snort, and Ms Hayashi had to explain, kindly, that she had announced she was a sandwich.

She almost gave up in week five. She had her coat on and was at the door when the retired engineer, Mr Pereira, said, "If you leave, I'll be the worst." So she stayed, out of solidarity.

By spring she could introduce herself, order food, ask for directions and say that she was sorry, which turned out to be useful in many situations. She practised with flashcards on the bus. She listened to children's songs while cooking.

In August she flew to Osaka. At dinner, her daughter's mother-in-law, Mrs Fujimoto, passed her a dish of pickles and said something quickly, smiling. Teresa understood perhaps a third of it. She took a breath and answered in slow, careful Japanese: "Thank you. I am happy to be here. I am not a sandwich."

There was a pause. Then Mrs Fujimoto laughed so hard that she had to put her chopsticks down, and after that, somehow, everything was easier.
=== story
TASK: Turn this story into a short script for a 3-minute school play, with stage directions.
The Cake That Wasn't

For Grandma's eightieth birthday, the three cousins decided to bake the cake themselves. Nobody asked their parents. This was the first mistake.

Amira, the oldest at twelve, found a recipe online for a three-layer lemon sponge. Joe, who was ten, said three layers was babyish and they should do five. Little Fatima, who was seven, wanted it to be pink. They compromised on four layers, lemon, with pink icing, which satisfied nobody and is how most family decisions are made.

The kitchen was soon white with flour. Joe cracked the eggs with great confidence and very little accuracy. Fatima was in charge of the food colouring and added the whole bottle, so the icing came out the colour of a traffic cone. Amira read the recipe aloud in the voice of a head teacher, which made the other two mutiny.

The sponges went into the oven. The cousins sat in front of the glass door like it was television. For twenty minutes the cakes rose beautifully. At twenty-one minutes, the middle of each one sank, gently, like someone sitting down in an armchair.

They stacked them anyway. The tower leaned. They propped it up with chopsticks. The traffic-cone icing slid slowly down one side and pooled on the plate.

"It's ruined," said Amira.

"It's modern art," said Joe.

Fatima stuck eight candles in the top - one for each decade, she explained - and announced that it was the most beautiful cake in the world.

When Grandma came into the kitchen and saw it, she put her hand to her mouth. For a moment nobody was sure whether she was going to laugh or cry. She did both. Then she cut a huge slice, ate the whole thing, chopstick splinters and all, and said it was the best cake she'd had in eighty years.

Afterwards, the parents asked who was going to clean the kitchen. That was the second mistake.
=== story
Night Shift at the Observatory

Professor Anand had warned Chloe that the first night would be boring. "Astronomy," he said, "is mostly waiting, drinking bad coffee, and checking the weather forecast every ten minutes."

He was right about the coffee. The machine in the control room made something thin and bitter that Chloe drank anyway, because it was three in the morning and she was twenty-two and this was the first real research she had ever done.

The telescope sat in its dome above them, a huge white shape that moved with a low hum whenever the software told it to point somewhere new. Chloe's job was to watch the screens, note the time each exposure started and ended, and shout if the guide star drifted. It didn't. She filled two pages with neat times and nothing else.

At 3:40 am the professor went to sleep on the sofa, telling her to wake him only if something went wrong or "if the universe does something interesting". She assumed the second one was a joke.

At 4:15, on the frame of a distant galaxy they were measuring, a new point of light appeared. It had not been there in the image ten minutes earlier. Chloe checked the previous frame, then the one before that. She checked whether it was a cosmic ray - a speck of noise - but it appeared in the next image too, in the same place, a little brighter.

She woke the professor. He squinted at the screen for a long time without speaking. Then he sat up properly and started typing very fast.

"It's probably a supernova," he said. "An exploding star. In a galaxy so far away that the light left it before there were dinosaurs." He looked at her. "Congratulations. You just saw something nobody has ever seen."

They sent the report to the international alert network before dawn. Chloe's name was on it, third author. She walked out of the dome into a sky turning pale over the mountains, and the coffee, she decided, had not been so bad after all.
=== story
TASK: Write a short blurb (under 60 words) for the back cover of a collection that includes this story.
The Key

The key turned up in a tin of old screws that Kemal bought at a car-boot sale for fifty pence. It was long and heavy, the kind of key that belongs to a church door or a castle in a film, with a loop at the top and a brass tag that said, in faded letters, "No. 4 - the Orangery".

Kemal did not have an orangery. Nobody he knew had an orangery. He looked it up and found that there was one in the town: a ruined glasshouse in the grounds of the old manor, which now belonged to the council and was fenced off because the roof was unsafe.

He took the key to the council office, feeling faintly ridiculous. The woman at the desk looked at it, looked at him, and made a phone call. Twenty minutes later a man from the heritage department arrived, out of breath, holding a folder.

The Orangery had been locked for sixty years, he explained. When the manor was sold, the keys had gone missing. They had been meaning to restore the building for decades, but the lock was original and listed, and nobody wanted to break it.

On a grey Saturday in November, Kemal stood with a small group of council officers, two volunteers from the local history society and a photographer from the newspaper, while the heritage man put the key into the lock. It turned on the third try with a sound like an old man clearing his throat.

Inside, among the broken glass and the ivy, a single orange tree was still alive. Nobody could explain it. It had three small, hard, bright fruits.

The restoration took four years. There is a plaque by the door now, which mentions the car-boot sale, and Kemal is invited to the opening of the orange season every January, where he is given one orange and a cup of tea.
=== story
Washing Day

My grandmother did the washing on Mondays, and on Mondays the whole house belonged to it. The twin-tub machine was wheeled out from the corner of the kitchen and connected to the tap with a rubber hose that always leaked. The windows steamed up. The radio played the news and then the music programme, and my grandmother sang along to the songs she knew and hummed the ones she didn't.

I was allowed to help with the mangle, which squeezed the water out of the sheets. You fed the corner of the sheet between the rollers and turned the handle, and the sheet came out the other side flat and cold and smelling of soap. It was the most satisfying job in the world. I was nine and I thought I was very strong.

After the mangle came the line. The garden was long and narrow, and the line ran from the back door to the apple tree. My grandmother had a bag of wooden pegs that she wore like an apron, and she could peg out a whole basket in the time it took me to do three socks. She told me which clouds meant rain and which ones only looked like rain. She was usually right.

In the afternoon we sat on the back step and watched the sheets move in the wind like sails. My grandmother drank her tea from a saucer, which she said was how her own mother had done it, and which I was not allowed to do at home.

She has been gone for many years now. I have a washing machine that does everything by itself and a dryer that I use too often. But some Mondays, when the weather is right, I hang the sheets outside, and I stand in the garden for longer than I need to, and I watch them move.
=== story
TASK: Translate the first two paragraphs of this story into German.
The Swimming Lesson

The pool smelled of chlorine and old plasters. Joanna, aged forty-one, stood in the shallow end in a swimming costume she had bought the day before, up to her waist in water, and tried not to think about the children in the next lane who were swimming lengths like small otters.

She had never learned. There had always been a reason: a school that had no pool, a childhood fear after falling off a jetty, a busy adult life in which it was easier to say "I don't really like the water" than to admit the truth. Then her son, who was seven, had asked her to come into the sea with him on holiday, and she had stood on the beach and watched him go in with his father, and something in her had decided that was enough.

The instructor was a cheerful woman called Bev who had taught, she said, everyone from toddlers to a ninety-year-old retired judge. "Nobody is too old," she said. "Some people are just more stubborn than the water."

In the first lesson, Joanna learned to put her face in. That was all. She stood holding the edge of the pool, took a breath, and lowered her face until the water covered her ears. The world went quiet and blue. She came up gasping, although she had been under for two seconds.

By the fourth lesson she could float on her back if Bev held one hand under her shoulders. By the eighth, Bev let go without telling her. Joanna floated for a full ten seconds before she realised, and then she sank, laughing and spluttering.

In the summer, on a beach in Cornwall, she walked into the sea beside her son. The water was cold enough to take her breath away. She swam twelve clumsy strokes to where he was bobbing in his armbands, and he stared at her as if she had just grown wings.
=== story
The Quiet Carriage

On the 7:48 to the city there is a quiet carriage, and in the quiet carriage there are rules. No phone calls. No music without headphones. Conversations, if absolutely necessary, in whispers. The rules are printed on small stickers above the windows, and the regular passengers enforce them with a ferocity that would surprise their families.

Marcus had been travelling in the quiet carriage for six years. He knew the regulars the way you know the furniture in your own house: the woman who did crosswords in pen, the man with the enormous thermos, the two students who shared earphones and never spoke. He had exchanged perhaps twenty words with any of them in all that time.

One Tuesday the train stopped between stations. The driver announced a signal failure. Ten minutes became thirty. The carriage stayed quiet, but the quiet became a different kind - tense, fidgety, full of people checking the time.

It was the crossword woman who broke first. She leaned across the aisle towards Marcus and whispered, "Seven letters. 'Fruit of the blackthorn.'"

"Sloe," he whispered back. "But that's only four."

"Sloe gin," said the thermos man from behind them, very quietly. "No. Too many."

One of the students looked up. "Bullace," she said. "It's a kind of wild plum. My grandad makes jam from them."

The crossword woman wrote it in. It fit. There was a small, silent moment of triumph that moved down the carriage like a breeze.

The train started again forty minutes late. Nobody spoke for the rest of the journey. But the next morning, the crossword woman nodded to Marcus when he sat down, and the thermos man offered him a cup of something that turned out to be excellent coffee, and the student held up a newspaper with a circled clue and a questioning look. The rules, Marcus decided, had never said anything about whispering.
=== transcript
TASK: Summarise this interview and list the three tips the guest gives.
Podcast transcript - "Small Plot, Big Harvest", episode 42

HOST: Welcome back. Today I'm talking to Rosa Mendes, who grows most of her family's vegetables on a plot the size of a parking space. Rosa, welcome.

ROSA: Thanks for having me. It's actually slightly bigger than a parking space, but not by much!

HOST: How did you get started?

ROSA: Honestly, by accident. During a summer when I was between jobs, I grew some tomatoes in pots on the balcony. They were terrible, but I was hooked. When we moved to a house with a small garden, I dug up half the lawn. My husband still hasn't forgiven me.

HOST: What's the biggest mistake beginners make?

ROSA: Planting everything at once. You get a hundred lettuces in June and none in August. I sow a short row every two weeks instead. It sounds fussy, but it means we eat salad all summer.

HOST: And in terms of what to grow?

ROSA: Grow what's expensive to buy and tastes better fresh. Herbs, salad leaves, runner beans, courgettes. I don't bother with potatoes or onions; they're cheap and they take up loads of room.

HOST: What about soil? People worry about that.

ROSA: Feed the soil, not the plant. Every autumn I put a thick layer of compost on the beds and just leave it. The worms do the work over the winter. I barely dig at all now.

HOST: Last question: what's your favourite thing you grow?

ROSA: Sweet peas. You can't eat them, so my husband thinks they're a waste of space. But I pick a bunch every morning in July, and the kitchen smells amazing.

HOST: Rosa Mendes, thank you.
=== transcript
Customer call transcript - Home broadband support
(Agent: A; Customer: C)

A: Good afternoon, you're through to broadband support, my name's Kieran. Can I take your account number?
C: Hi, yes, it's the one starting 44 - hang on - 4471 2290.
A: Thank you. And can you confirm the first line of your address?
C: 17 Willow Crescent.
A: Perfect, thanks Mrs Achebe. How can I help today?
C: The internet keeps dropping out in the evenings. It's fine in the day, but from about seven it goes off for a minute or two, several times.
A: That's frustrating, sorry about that. Are all your devices affected, or just one?
C: All of them. The TV, the laptops, my son's games console.
A: Okay. And is the router in the same place it's always been?
C: Well, we moved it last month, into the cupboard under the stairs, because it was ugly in the lounge.
A: Ah, that might be part of it. Cupboards, especially with a meter or pipes nearby, can weaken the signal. Would you be able to try moving it back out for a couple of evenings?
C: I suppose so.
A: I'm also running a line test now... The line itself looks healthy. I can see the router restarted itself four times yesterday evening, which suggests it might be overheating in the cupboard.
C: Oh! That makes sense, it does get warm.
A: So, let's do two things. Move it somewhere open and off the floor, and I'll send you a free signal booster plug in case some rooms are weak. If it's still dropping after three days, call us back and we'll send an engineer.
C: Lovely, thank you.
A: You're welcome. The booster should arrive within three working days. Is there anything else?
C: No, that's it. Thanks, Kieran.
=== transcript
TASK: What decisions were made in this call, and what still needs to be decided?
Transcript - Volunteer coordinators' call, Saturday Food Market

MAYA: Right, I think everyone's here. Ken, Priya, Luca? Great. Three things today: the new stall layout, the rota for August, and the rain plan.

KEN: Layout first, please, because I need to tell the council by Wednesday.

MAYA: Okay. Luca, you sketched something?

LUCA: Yeah. Basically we move the hot food stalls to the car park end, so the smoke doesn't blow over the fruit and veg. And we put the kids' craft table by the entrance, where parents can see it.

PRIYA: I like that. But the car park end has no power points.

LUCA: The bakery van has a generator. We could ask if the others can share.

KEN: Generators are noisy. I'd rather we ask the council for an extension cable from the library.

MAYA: Can you ask them, Ken? Let's say the layout is agreed, with power to be sorted.

KEN: Fine.

MAYA: Rota. Priya?

PRIYA: August is tricky. Half the regulars are on holiday. I've got gaps on the 10th and the 24th, mostly the early set-up shift at seven.

LUCA: I can do the 10th.

MAYA: And I'll take the 24th. But we should recruit. Can we put a sign on the info stall?

PRIYA: I'll make one.

MAYA: Rain plan. Last time it poured, half the stallholders left at ten and people were angry.

KEN: We need gazebos. We have four; we'd need about ten.

PRIYA: They're about eighty pounds each for the decent ones.

MAYA: That's a budget question, so let's bring it to the committee next month. Meanwhile, can we borrow some from the scouts?

LUCA: I'll ask. My daughter's in the group.

MAYA: Perfect. Thanks, everyone.
=== transcript
Lecture transcript (excerpt) - Introduction to Economics, Week 3: Opportunity Cost

So, let's start with a question. It's Saturday, you have a free afternoon. You could go to the cinema, or you could work a shift at the café for forty pounds. You choose the cinema. The ticket is twelve pounds. What did the cinema cost you?

[student]: Twelve pounds?

That's what most people say. But economists would say it cost you more. It cost you the twelve pounds, yes, but it also cost you the forty pounds you didn't earn at the café. That's the opportunity cost: the value of the best alternative you gave up.

Now, this doesn't mean you made the wrong choice. Maybe the film was worth fifty-two pounds to you. Maybe you were exhausted and the afternoon off was worth a lot. The point is that every choice has a hidden price tag, and good decisions take it into account.

Let's take a bigger example. A government has a budget, and it decides to build a new motorway. What's the opportunity cost?

[student]: The hospitals they could have built instead?

Exactly, or the schools, or the tax cuts, or the money they could have kept for later. When you hear a politician say "this project will cost five billion", that number is real, but it's not the whole story. The real cost is what that five billion could otherwise have done.

One more idea before the break. Opportunity cost applies to time, not just money. Your time at university has an opportunity cost - for many of you, it's the salary you could be earning right now. That's not a reason to leave! But it's a good reason to make the most of it. Including, I hope, coming to these lectures.

Right, ten-minute break. When we come back, we'll draw our first production possibility frontier.
=== transcript
TASK: Clean up this transcript: remove filler words and false starts, but keep the meaning.
Interview transcript - oral history project, "Working Lives on the Canal"
Speaker: Harold, aged 86

So, um, I started on the boats when I was, what, fourteen? Fourteen, yeah. My dad was a boatman and his dad before him, so it was, you know, it was just what you did. There wasn't really a choice, not like now.

We carried coal mostly. Coal from the pits up north, down to the, er, the factories and the gasworks. The boat was seventy feet long and about seven feet wide, and the cabin at the back was, oh, I don't know, ten feet? And that's where we lived. Me, my mum and dad, and my two sisters. All in there.

People ask, how did you all fit? Well, you did, didn't you. Everything had its place. The table folded down from the cupboard and that was, that was your bed at night. Mum kept it spotless. Brass all polished, the, um, the lace plates on the wall. Beautiful, it was.

The hardest thing was the winter. The canal would freeze, and you'd be stuck, sometimes for weeks, and no work means no money. The ice-breaker boat would come through, with men rocking it from side to side to crack the ice. I helped on that once. Freezing. Absolutely freezing.

Best thing? Oh, the, um, the people. Other boat families. You'd meet at the locks, and the kids would all play on the towpath while the boats went through. Everyone knew everyone. We looked after each other. When my dad was ill, the other boatmen took our load for us, so we'd still get paid. You don't forget that.
=== transcript
Town Hall Q&A Transcript (excerpt) - Proposed Changes to Waste Collection

CHAIR: Thank you, everyone. We'll take questions now. Please keep them brief. Yes, the gentleman in the blue jumper.

RESIDENT 1: Thanks. If bins are collected every three weeks instead of two, what happens to families with babies? We already fill the bin with nappies.

COUNCIL OFFICER: That's a really fair question. Households with children in nappies or anyone with medical waste will be able to apply for an extra bin or a separate collection. The application will be a short online form, or you can phone.

RESIDENT 1: Will that cost extra?

COUNCIL OFFICER: No, it will be free.

CHAIR: Thank you. The lady at the front.

RESIDENT 2: I live in a flat. We don't have space for more recycling boxes. Has anyone thought about flats?

COUNCIL OFFICER: Yes. Flats with shared bins will keep the current schedule for now, and we'll be talking to building managers about larger shared recycling bins. We accept that one system doesn't fit every building.

CHAIR: Next. Yes, at the back.

RESIDENT 3: Why is this happening? Is it just to save money?

COUNCIL OFFICER: It does save money - about £400,000 a year - but the main reason is that around 40% of what's in general waste bins could be recycled or composted. Councils that have made this change have seen recycling rates go up significantly. We'll also be introducing weekly food waste collections, which many of you have asked for.

RESIDENT 3: So food waste goes weekly and general waste every three weeks?

COUNCIL OFFICER: That's right. And recycling stays fortnightly.

CHAIR: We have time for one more. The gentleman by the door.

RESIDENT 4: When would this start?

COUNCIL OFFICER: Not before April next year. Nothing is decided yet; the consultation is open until the end of next month, and we really do want to hear from people.
=== transcript
TASK: Based on this transcript, write a short follow-up email from the tutor to the student's parent.
Tutoring session notes (auto-transcribed) - Year 10 Chemistry

TUTOR: Okay, Leo, last week we did the periodic table. Can you tell me why elements in the same group behave similarly?

LEO: Because they have the same number of... electrons?

TUTOR: Nearly. The same number of electrons in their outer shell. That's what decides how they react. So sodium and potassium, both in group 1 -

LEO: One electron in the outer shell. So they both want to lose it.

TUTOR: Exactly. Brilliant. Now, which is more reactive, sodium or potassium?

LEO: Sodium? Because it's higher up?

TUTOR: Other way round, actually. Potassium is more reactive. Think about it: potassium is bigger, so its outer electron is further from the nucleus.

LEO: Oh. So it's easier to lose because the nucleus isn't holding it as tight.

TUTOR: Yes! That's the exact explanation the examiners want. Say it again in your own words.

LEO: As you go down group 1, the atoms get bigger, the outer electron is further from the nucleus, so there's less attraction and it's lost more easily. So they get more reactive.

TUTOR: Perfect. Write that down. Now the tricky part - group 7 goes the opposite way. Any idea why?

LEO: Because... they want to gain an electron instead?

TUTOR: Right. And bigger atoms are worse at attracting an extra electron. So fluorine is the most reactive halogen.

LEO: That's kind of annoying.

TUTOR: It is, but it's a classic exam question. For homework, do the six questions on page 42, and I want you to explain the trend for both groups in two sentences each.
=== transcript
Support chat transcript - Online plant shop

Customer: Hi! My monstera arrived today but two leaves have brown edges. Is it dying?
Agent (Noor): Hi there, thanks for getting in touch, and sorry the plant arrived looking a bit sad! Could you send a photo?
Customer: [photo]
Agent (Noor): Thank you. That looks like mild transit stress - the plant was in a box for two days and can dry out a bit. The good news is the stems look firm and there's a new leaf unfurling at the top, which is a great sign.
Customer: Oh good. Should I cut the brown bits off?
Agent (Noor): You can trim the brown edges with clean scissors, following the shape of the leaf. Or leave them; they won't spread. Please don't cut whole leaves unless they turn completely yellow.
Customer: And how often should I water it? The card says "when dry" but I don't know what that means.
Agent (Noor): Great question. Push your finger into the soil up to the second knuckle. If it feels dry at that depth, water until it runs out of the bottom of the pot. In summer that's usually once a week; in winter, every two to three weeks.
Customer: Got it. Where should I put it?
Agent (Noor): Bright but indirect light - near a window but not in strong midday sun, which can scorch the leaves. Away from radiators too.
Customer: Thank you so much! One more thing, is it safe for cats?
Agent (Noor): Monsteras are mildly toxic to cats if chewed, causing mouth irritation. If your cat is a chewer, a high shelf or a room the cat doesn't use is best.
Customer: Okay, high shelf it is. Thanks Noor!
Agent (Noor): You're welcome! If the leaves get worse in the next week, reply to this chat and we'll sort a replacement.
=== transcript
TASK: Write five discussion questions for a class based on this transcript.
Radio Interview Transcript - "Morning Talk", local station

PRESENTER: My next guest runs the only repair café in the county. Every second Saturday, volunteers fix broken toasters, lamps, jeans and bikes for free. Welcome, Agnes.

AGNES: Good morning! Thanks for having me.

PRESENTER: Why start a repair café?

AGNES: Frustration, really. My kettle broke - just the switch - and the shop said it wasn't worth fixing, buy a new one. I thought: this is ridiculous. So I learned to fix it myself, with a video and a screwdriver. Then my neighbour asked me to look at her lamp. And it grew from there.

PRESENTER: What do people bring?

AGNES: Everything. Last month we had a sewing machine from the 1950s, a child's remote-control car, three vacuum cleaners, a cuckoo clock and a very sad teddy bear. We fixed all of them except one vacuum cleaner, which was beyond hope.

PRESENTER: Is it really free?

AGNES: It is. We ask for a donation if people can afford it, for tea and spare parts. But the main thing is that we fix it together. The owner sits with the volunteer, and they learn how their thing works. Next time, they might fix it themselves.

PRESENTER: Who are the volunteers?

AGNES: All sorts. Retired electricians, a student who's brilliant with phones, a woman who used to be a seamstress at the theatre. A lot of our volunteers say it's the best part of their month.

PRESENTER: What's the bigger picture here?

AGNES: Things are made to be replaced, not repaired. That's bad for our wallets and bad for the planet. Every toaster we fix is one less in landfill. But honestly, it's also about community. People come for a broken lamp and stay for two hours chatting.

PRESENTER: When's the next one?

AGNES: This Saturday, ten till one, at the church hall on Wood Street. Bring your broken things!
=== transcript
Focus Group Transcript (excerpt) - New Bus Route Consultation
Moderator: M; Participants: P1-P5

M: Let's start with how you get around now. P1?
P1: I drive. But I hate parking in town. If there was a bus I'd use it, but the current one takes an hour and goes round every estate.
P2: I take the bus every day. It's slow, but I don't have a car. What bothers me is the evenings. The last bus back is at 7:40. If I work late I have to get a taxi.
P3: I cycle, mostly. But not in winter.
P4: My mum's disabled and she relies on the bus. The drivers are lovely, but the stops don't have shelters and she can't stand for long.
P5: I'm a student. I'd use it loads if it went to the college directly. At the moment I have to change in the town centre.
M: The proposal is a direct route from the estates to the hospital, the college and the station, every 20 minutes, until 11 pm. What are your first thoughts?
P2: Until 11? That would change my life, honestly.
P1: Every 20 minutes is good. Is it going to cost more?
M: The fare would be the same as now.
P4: Will the new stops have seats and shelters?
M: That's one of the questions we're asking. What would matter most for your mum?
P4: Seats. And the timetable on a screen, because the paper ones are always wrong.
P5: And can it take bikes? I'd cycle to the stop in summer.
P3: Yes, bike racks would be good.
M: Any concerns?
P1: Where does it go through? If it's my road, there'll be noise all night.
M: Thank you, that's important. Let's look at the map together.
=== transcript
TASK: Extract every question the caller asks and give a one-line answer from the transcript for each.
Transcript - Vet practice phone call

RECEPTIONIST: Good morning, Elmfield Vets, Jodie speaking.
CALLER: Hi, I've just adopted a kitten, she's about ten weeks, and I want to get her checked and vaccinated. What do I need to do?
RECEPTIONIST: Congratulations! We'll book her in for a first health check and her first vaccination. Has she had any vaccines yet?
CALLER: The rescue said she had one at nine weeks.
RECEPTIONIST: Lovely. Then she'll need her second about three to four weeks after that. If you can bring her paperwork, the vet can check what was given.
CALLER: Okay. How much does it cost?
RECEPTIONIST: The second vaccination with a health check is £58. We also have a kitten plan at £14 a month which covers vaccines, flea and worm treatments and a discount on neutering. Some people find it easier.
CALLER: When should she be neutered?
RECEPTIONIST: We usually recommend around four months old. The vet can talk it through at the appointment.
CALLER: And do you microchip? The rescue didn't.
RECEPTIONIST: Yes, we can do it at the same appointment. It's £20 and it's a very quick procedure. It's a legal requirement for cats in England now, actually.
CALLER: Oh, I didn't know that. Okay, can I book for next week?
RECEPTIONIST: Of course. I have Tuesday at 4:20 with Dr Fraser or Thursday at 9:10 with Dr Osei.
CALLER: Tuesday, please.
RECEPTIONIST: Lovely. Can I take your name and the kitten's name?
CALLER: I'm Sam, and she's called Pickle.
RECEPTIONIST: Perfect. Bring Pickle in a secure carrier, and we'll see you on Tuesday.
=== transcript
Webinar Transcript (excerpt) - "Budgeting for Your First Flat"

SPEAKER: ...so that's the big three: rent, bills and food. Now let's talk about the things people forget.

First, the deposit. Most landlords ask for four to five weeks' rent as a deposit, plus the first month up front. So if your rent is £800, you could need almost £2,000 before you even get the keys. Start saving for that early.

Second, the "setting up" costs. You'll need things like a kettle, pans, a mop, bin bags, a shower curtain. It's boring stuff, but it adds up. Someone in last week's session worked out she spent £340 in her first month on things she'd never thought about. Ask family and friends - lots of people have spare kitchen things in a cupboard.

Third, contents insurance. It's usually cheap, maybe £5 to £10 a month, and if your laptop gets stolen it's a lifesaver.

Fourth, the TV licence, if you watch live TV or use certain streaming services. People get caught out by that one.

Now, a simple method I like: the 50-30-20 rule. Fifty percent of your take-home pay on needs - rent, bills, food, travel. Thirty percent on wants - eating out, clothes, hobbies. Twenty percent on savings or paying off debt. If your rent alone is more than fifty percent, that's a warning sign, and you might need a flatmate or a cheaper area.

QUESTION FROM CHAT: What if I can't save twenty percent?

SPEAKER: That's really common, and it's fine. Start with whatever you can - even £20 a month builds the habit. The most important thing is an emergency fund, so that one broken phone doesn't go on a credit card.

Okay, let's look at a real example budget on the next slide...
"""
