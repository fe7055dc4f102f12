# ruff: noqa: E501  (hand-written prompt text: long lines are data)
"""Hand-written essays (intro / body paragraphs / conclusion per topic) and short stories."""

# Each essay: (title, intro, [body paragraphs], conclusion). A document uses the intro, a
# sample of the body paragraphs in order, and the conclusion.
ESSAYS = [
    (
        "Why public libraries still matter",
        "People often ask whether we still need public libraries when almost everything can be found online. It is a fair question, but I think it misunderstands what a library is for. A library is not just a building full of books. It is one of the very few places left where anyone can walk in, stay as long as they like and spend nothing.",
        [
            "The most obvious reason is access. Not everyone has a fast internet connection at home, and many people have none at all. For job seekers, students and older people, the library's computers and free Wi-Fi are the only way to fill in forms that are increasingly available only online. When a council office closes its counter, the library often quietly takes on its role.",
            "Libraries are also warm, safe and quiet. That sounds like a small thing until you think about a teenager who shares a bedroom with two siblings and needs somewhere to revise, or a pensioner who cannot afford to heat the house all day. In winter, the reading room in my town is full by ten in the morning, and not everyone there is reading.",
            "Then there are the books themselves. Even people who read on screens borrow printed books for their children, because there is something about turning pages together at bedtime that a tablet does not replace. Library rhyme times and summer reading challenges have introduced generations of children to the idea that reading is fun rather than a chore.",
            "Librarians are an underrated resource. A good librarian can find the one book that answers a strange question, explain how to tell a reliable website from a dubious one, or help someone trace their family history through old newspapers. These skills matter more, not less, in a world where information is everywhere but trustworthy information is harder to find.",
            "Critics point out that visitor numbers have fallen in many places, and that some libraries are underused. That is true, but falling numbers are often the result of shorter opening hours and fewer staff, not the cause of them. Where libraries have been given the money to modernise, adding maker spaces, cafés and events, visitor numbers have gone up.",
            "Finally, libraries are one of the last truly shared spaces. In a library, a student, a refugee, a retired engineer and a toddler can all sit in the same room, for free, without anyone asking what they are doing there. That is rarer than it should be, and once such a place is lost, it is very hard to bring back.",
        ],
        "So do we still need public libraries? I would argue that we need them more than ever. They may look different from the libraries of fifty years ago, and they should keep changing, but the basic idea behind them, that knowledge and a quiet place to think should be available to everyone, is worth defending.",
    ),
    (
        "Working from home: freedom or isolation?",
        "Before a few years ago, working from home was a perk enjoyed by a lucky minority. Now, for millions of office workers, it is normal. Many say they would never go back. Yet there are also growing worries about loneliness, blurred boundaries and the slow loss of the informal learning that happens when people share a room. In this essay I want to weigh up both sides.",
        [
            "The benefits are easy to see. Without a commute, people gain an hour or more each day, which they can spend with their families, exercising or simply sleeping. They save money on travel and lunches. Parents can be at the school gate at three o'clock. For people with disabilities or chronic illnesses, working from home can make the difference between working and not working at all.",
            "Many people also find they concentrate better at home. Open-plan offices are noisy and full of interruptions. At home, a person can close the door, switch off notifications and spend two hours on a difficult piece of work. Some studies suggest that productivity stays the same or even rises, although measuring productivity in office jobs is notoriously difficult.",
            "However, the home office is not a paradise for everyone. Young workers in small shared flats may be working from the end of their bed. People who live alone can go days without a real conversation. Without the natural end of the day that leaving the office provides, many people find themselves answering emails at ten at night.",
            "There is also the question of learning. Much of what people learn at work is never formally taught. It comes from overhearing how a colleague handles a difficult phone call, or from asking a quick question across the desk. Video calls are good for planned meetings but poor at these small, unplanned moments. New starters may suffer most.",
            "Employers have their own concerns. Some worry about trust and find it hard to manage people they cannot see. Others have noticed that teams who never meet in person become slower to solve problems together. On the other hand, employers who offer flexibility can recruit from a much wider area and often find it easier to keep good staff.",
            "A middle path seems to be emerging. Many organisations now ask people to come in two or three days a week, ideally on the same days as their team, and keep the office for meetings, training and social time. The danger is that people come in only to sit on video calls with colleagues who stayed at home, which gives everyone the worst of both worlds.",
        ],
        "In the end, working from home is neither freedom nor isolation in itself. It is a tool, and like any tool it can be used well or badly. The best arrangements seem to be the ones where teams decide together how and when to meet, rather than having rules handed down from above.",
    ),
    (
        "Is it ever too late to learn a language?",
        "Many adults believe that there is a window for learning languages that closes in childhood, and that anyone who starts later is doomed to a strong accent and a life of confused verb endings. As someone who started learning Portuguese at forty-three, I have thought about this a great deal. My conclusion is that the belief is partly true and mostly unhelpful.",
        [
            "It is true that children who grow up with a language usually end up with a more native-like accent than adults who learn it later. Young children are very good at hearing and copying sounds. But accent is only one part of speaking a language, and a mild accent rarely stops anyone from being understood. Plenty of people speak excellent English with a strong accent.",
            "Adults also have real advantages. They already understand how grammar works in their first language, so they can learn rules consciously and apply them. They can read, take notes, use dictionaries and look for patterns. They usually know why they are learning, whether for work, travel or family, and that sense of purpose is a powerful motivator.",
            "The biggest obstacle for adults is usually not the brain but the timetable. Children learning a language at school or at home are surrounded by it for hours every day. Adults fit lessons around jobs, children and tiredness. Progress feels slow, and it is easy to give up. The answer is little and often: fifteen minutes a day achieves more than two hours once a week.",
            "Embarrassment is another hurdle. Adults are used to being competent, and it is uncomfortable to sound like a small child. I remember ordering a coffee in Lisbon and being answered in English, which felt like a small defeat. But every learner goes through this stage, and most people are kind to someone who is making an effort.",
            "Technology has made things easier. Apps can drill vocabulary, podcasts let learners listen while commuting, and video calls make it possible to practise with a teacher or a conversation partner on the other side of the world. None of these replaces real conversation, but together they make it much easier to keep the language in your life every day.",
            "There is also some evidence that learning a language is good for the ageing brain. It keeps people mentally active, connects them with new people and gives them a sense of progress at a time of life when that can be rare. Even if you never become fluent, the process itself has value.",
        ],
        "So is it ever too late? I do not think so. An adult learner may never be mistaken for a native speaker, but that is not the point. The point is to be able to talk, to read, to understand and to be understood, and that is within reach of almost anyone who is willing to keep going.",
    ),
    (
        "Should city centres be car-free?",
        "Across Europe and beyond, more cities are closing streets to cars and handing them back to pedestrians and cyclists. Supporters say this makes cities cleaner, safer and more pleasant. Opponents say it hurts businesses and makes life harder for people who depend on cars. The question is not simple, and the answer probably depends on the city.",
        [
            "The case for car-free centres starts with health. Traffic produces air pollution, which is linked to asthma and heart disease, and noise, which disturbs sleep. Streets with fewer cars are safer for children and older people. When people walk or cycle instead of driving, they also get more exercise without having to think about it.",
            "There is also the question of space. Cars take up an enormous amount of room, and most of the time they are parked rather than moving. A single parking space could hold a bench, a tree, a few bicycle stands or a café table. Cities that have removed parking have often found that streets feel wider, greener and more welcoming.",
            "Shop owners are often the loudest opponents, fearing that customers who cannot park outside will go elsewhere. But studies in several cities have found that people who walk and cycle tend to visit local shops more often, even if they spend less each time. In many pedestrianised streets, shop vacancies have fallen rather than risen.",
            "However, not everyone can walk or cycle. Disabled people, parents with small children, people carrying heavy goods and those who live far from public transport may depend on cars. A car-free centre that ignores their needs is not fair. Any scheme has to include good public transport, delivery access and exemptions for people who truly need them.",
            "Another concern is that traffic simply moves elsewhere. If the centre is closed, drivers may take longer routes through residential streets, bringing noise and danger to places that were quiet before. Careful planning is needed so that the benefits for one area are not paid for by another.",
            "Finally, the size and shape of a city matters. A compact historic centre with narrow streets is very different from a sprawling city built around motorways. What works in a small university town may not work in a city where most people live far from the centre and public transport is limited.",
        ],
        "Car-free city centres are not a magic solution, but the evidence suggests that, done carefully, they can make cities better places to live. The key is to start small, listen to the people affected, provide real alternatives and be willing to adjust the plan when something does not work.",
    ),
    (
        "In praise of boredom",
        "We live in an age that treats boredom as a problem to be solved. Every queue, every bus ride and every quiet minute can now be filled with a phone. It is rare to see anyone simply staring out of a window. I want to argue that we have lost something by doing this, and that a little boredom is good for us.",
        [
            "When we are bored, the mind starts to wander. This can feel uncomfortable, but it is often in these wandering moments that ideas appear. Many people say their best thoughts come in the shower or on a long walk, precisely because there is nothing else to do. If we fill every gap with scrolling, we leave no room for that kind of thinking.",
            "Boredom can also be a useful signal. It tells us that what we are doing does not engage us, and it pushes us to look for something better. A child who is bored on a rainy afternoon may end up building a den, writing a story or inventing a game. If the boredom is always removed by a screen, that push never comes.",
            "There is a difference, of course, between healthy boredom and the grinding kind that comes from a dull job or a lonely life. I am not arguing that people should accept endless monotony. The boredom I mean is the short, restless kind: ten minutes at a bus stop, an afternoon with no plans, a long train journey without Wi-Fi.",
            "Phones are designed to be hard to put down. Every notification, every endless feed, is built to capture attention. That is not a moral failing on the part of users; it is simply how these products are made. Choosing to be bored sometimes is a way of taking back a little control over where our attention goes.",
            "Some people find that small habits help. Leaving the phone in another room during meals, walking without headphones, or keeping a notebook instead of reaching for a screen when a thought strikes. None of these is dramatic, but together they create small pockets of quiet in the day.",
            "Boredom also teaches patience. Waiting is part of life: for a kettle to boil, a friend to arrive, a seed to sprout. If we never practise waiting, every delay becomes unbearable. Learning to sit with a little emptiness can make the inevitable waits of life easier to bear.",
        ],
        "I am not suggesting that we throw away our phones or that boredom is always pleasant. But I think we should stop treating every empty moment as a problem. The next time you are stuck in a queue, try leaving your phone in your pocket. You might be surprised at where your mind goes.",
    ),
]

STORIES = [
    (
        "The Lighthouse Keeper's Cat",
        """The lighthouse on Gull Rock had been automatic for twenty years, but nobody had told the cat.

Every evening at dusk, Marlowe climbed the hundred and six steps to the lamp room and sat beside the great lens, watching the beam sweep across the water. The engineers who came twice a year to service the light called him the keeper. They left him tins of sardines and a blanket in the store room, and they wrote his name in the logbook under "staff present".

Nobody knew where Marlowe had come from. The old keeper, Mrs Penhallow, had retired to the mainland long before he appeared. Some said he had come over on a supply boat. Others said he had simply always been there, the way the rock had always been there.

One November night, a storm knocked out the power on the whole coast. The backup generator in the lighthouse coughed, shuddered and died. In the dark, a small fishing boat called the Bright Morning was feeling its way home, its skipper unable to see the rocks.

What happened next depends on who is telling the story. The skipper swore that he saw a small light moving at the top of the tower, bobbing like a lantern. The engineers, who came the next morning, found the generator's reset switch flipped back on and a grey cat asleep on top of the control panel, looking very pleased with himself.

The Bright Morning got home safely. The skipper brought a whole salmon to the rock the following week and left it on the landing stage. It was gone by the evening.

Marlowe is old now, and he takes the steps slowly. But he still climbs them every night. The engineers have put a cushion by the lens.""",
    ),
    (
        "Second-Hand",
        """Nadia bought the coat for eight pounds at the charity shop on the corner, mostly because it was raining and she had left her jacket on the bus.

It was a good coat: dark green wool, heavy, with a lining that had been mended neatly in two places. In the left pocket she found a bus ticket from 1987, a button that did not match any of the others, and a folded note in careful handwriting. It said: "Remember to ask about the blue house."

She thought about the note all week. She imagined the person who had written it, someone organised enough to write reminders, someone who owned a coat like this and looked after it. She wondered what the blue house was and whether they had ever asked about it.

On Saturday she went back to the shop and asked the volunteer at the till if she knew who had donated the coat. The volunteer, a tall man with reading glasses on a chain, said they did not usually keep records. But then he looked at the coat and frowned.

"That was Mr Adeyemi's," he said. "He used to come in every week. He passed away in the spring. His daughter brought his things in."

He wrote an address on a scrap of paper. Nadia almost did not go. It seemed like an intrusion. But on Sunday she walked across town and found a small terraced street, and in the middle of it, a house with a bright blue door.

The woman who answered looked at the coat and put her hand over her mouth. Then she laughed. "He always meant to ask the neighbours if they would sell it to him," she said. "He wanted to retire here. He never got round to it."

They had tea in the kitchen. Nadia kept the coat. The daughter kept the note.""",
    ),
    (
        "The Great Cake Disaster",
        """My grandmother entered the village show every year for forty-one years and never won anything. In her forty-second year, she decided that this would be her year, and that the way to win was a four-layer chocolate cake.

She started practising in March. By June, the whole family had eaten so much chocolate cake that my uncle claimed he could no longer taste anything else. The kitchen floor was permanently sticky. The dog, who was not allowed chocolate, sat outside the door and sighed.

The recipe changed every week. She added coffee, then removed it. She tried a cherry filling, a raspberry filling and, briefly and disastrously, a marmalade filling. She bought a special turntable for icing and a set of palette knives, which she kept in a velvet roll like surgical instruments.

On the morning of the show, the cake was perfect. Four even layers, a glossy ganache, a ring of fresh raspberries on top. My grandfather carried it to the car as if it were a newborn baby. We drove at fifteen miles an hour all the way to the village hall.

It was in the car park that the wasp arrived. My grandfather swatted at it, the box tipped and the cake slid, very slowly, onto the gravel, landing upside down with a soft and final sound.

There was a long silence. Then my grandmother started laughing, and she did not stop for about ten minutes. She scooped the top layer, which had survived, into a bowl, covered it with the raspberries and entered it in the "novelty dessert" category under the name "Gravel Surprise".

It came second. She kept the rosette on her mantelpiece for the rest of her life and told everyone it was the best prize she had ever won.""",
    ),
    (
        "Night Shift",
        """At three in the morning the hospital corridors were almost peaceful. The lights were dimmed, the trolleys were parked against the walls, and the only sounds were the hum of the vending machine and, somewhere far away, a monitor beeping steadily.

Tomas had been a porter for six years, and he liked the night shift best. People were different at night. The daytime rush of visitors and appointments was gone, and the people who were left, patients who could not sleep, nurses on their third coffee, worried relatives in the waiting room, seemed more willing to talk.

Tonight he was taking an elderly man called Mr Okonjo down to X-ray. Mr Okonjo had a broken wrist and a great deal to say about it. He had fallen, he explained, while trying to rescue a pigeon from his gutter. The pigeon had been fine. The ladder had not.

On the way, they talked about pigeons, then about racing pigeons, which Mr Okonjo had kept as a boy, then about the city where he had grown up, and the market where his mother had sold cloth. By the time they reached X-ray, Tomas knew the names of four of his childhood friends and the best way to cook plantain.

When the scan was done, Tomas wheeled him back up to the ward. The sky outside the big windows on the fifth floor was starting to turn grey at the edges. Mr Okonjo went quiet, looking out at the rooftops.

"You know," he said, "I have lived here forty years, and I have never seen the city from this high up."

Tomas stopped the chair by the window and they watched the sun come up together. Then Tomas took him back to bed, and went to find the next patient.""",
    ),
    (
        "The Allotment War",
        """Plot fourteen and plot fifteen had been at war for three summers, and nobody could remember how it started.

Plot fourteen belonged to Mr Hargreaves, a retired bank manager who grew prize-winning onions in perfectly straight rows. Plot fifteen belonged to Bea, who was twenty-six, grew sunflowers, pumpkins and a tangle of things she could not always name, and believed that weeds had feelings.

The war was fought quietly. Mr Hargreaves complained to the committee that Bea's pumpkins were creeping under the fence. Bea complained that Mr Hargreaves's slug pellets were a danger to hedgehogs. Each accused the other of stealing water from the shared tank. They nodded stiffly to each other at the gate and said nothing else.

Then, in July, Mr Hargreaves had a fall and spent three weeks in hospital. It was the hottest July anyone could remember. By the second week, the committee assumed his onions were lost.

When he finally came back to the allotment, leaning on a stick, he found his plot weeded, watered and thriving. The onions had been lifted and laid out to dry on a rack he had never seen before. A note was pinned to his shed: "Your onions are very straight. I still think the slug pellets are evil. Bea."

He stood there for a long time. Then he went home and came back with a tin of biscuits and a packet of hedgehog-safe slug traps.

The committee noticed, that autumn, that the fence between plots fourteen and fifteen had quietly disappeared. In its place was a single bench, facing the sunset, with room for two.""",
    ),
    (
        "The Map",
        """When Grandad died, he left each of us something. My sister got his watch. My cousin got his car. I got a map.

It was hand-drawn in pencil on a sheet of graph paper, folded so many times that the creases had nearly worn through. It showed a river, a bridge, a line of trees and a small cross beside what looked like a large rock. There were no place names, just a note in the corner: "Start at the bridge. Forty paces."

Everyone laughed. Grandad had been a joker all his life. My sister said it was probably a map to his favourite fishing spot. My cousin said it was a map to nowhere. I put it in a drawer and forgot about it for nearly a year.

Then, on a walk near the village where he grew up, I crossed an old stone bridge and stopped. The river bent to the left, just as it did on the map. There was a line of willows. And there, half hidden by brambles, was a large grey rock.

I counted forty paces. I felt ridiculous. But at the foot of the rock, under a flat stone, there was a tin box, rusty at the corners.

Inside were three things: a black-and-white photograph of a boy with a fishing rod, a marble with a blue swirl in it, and a note in the same pencil handwriting. It said: "I hid this when I was nine. If you are reading this, you came looking. That is the treasure."

I put the marble in my pocket and the tin back under the stone, with a new note of my own inside.""",
    ),
    (
        "Moving Day",
        """Everything the Castillo family owned was in boxes, and nobody could find the kettle.

It had been packed, Elena was sure of that. She had wrapped it in a tea towel and put it in a box with the mugs, and she had written KITCHEN on the box in thick black marker. The problem was that she had written KITCHEN on eleven boxes, and the removal men had put them in every room of the new house except the kitchen.

Her husband, Rafael, was upstairs trying to assemble the children's beds with an instruction sheet that seemed to be missing a page. Their son had found the box of board games and was building a fort out of it in the hall. Their daughter had announced that she would never, ever like the new house, and had then disappeared into the garden to look for frogs.

By late afternoon, the house was a maze of cardboard. Elena sat down on the bottom stair and considered crying. Then the doorbell rang.

It was the neighbour from across the road, an elderly woman with a tray. On it were a teapot, four mugs, a jug of milk and a plate of biscuits. "Nobody can ever find the kettle," she said. "I've lived here fifty years. I've seen a lot of moving days."

They drank the tea sitting on boxes in the front room. The neighbour told them which bin went out on which day, which shop had the best bread and which cat on the street was not to be trusted.

The kettle turned up three days later, in the bathroom, in a box marked BOOKS. By then, the Castillos had already been invited to two barbecues.""",
    ),
    (
        "The Last Bus",
        """The last bus to Millbrook leaves the station at eleven forty, and on a wet Tuesday in February there were only four passengers on it.

There was a young man in a suit with his tie pulled loose, staring at his phone. There was a woman in a nurse's uniform, asleep before the bus had left the station. There was a teenage girl with a cello case almost as big as she was. And there was Agnes, who was seventy-eight, going home from her first evening class in thirty years.

Halfway up the long hill out of town, the bus shuddered, coughed and stopped. The driver tried the engine three times, then stood up and announced, with great dignity, that they were going nowhere until the replacement came, in about an hour.

For a while nobody spoke. Then the girl with the cello asked whether anyone minded if she practised, since she had a concert on Friday. Nobody minded.

She played something slow and low that filled the whole bus. The young man put his phone away. The nurse woke up and listened with her eyes closed. The driver turned off the engine noise of the heater so they could hear better. Agnes, who had just spent two hours at a beginners' watercolour class, found her sketchbook and began to draw the girl playing, the rain on the windows and the orange light from the street lamps.

When the replacement bus arrived, they all got on it together, and the young man carried the cello.

Agnes still has the sketch. It is not very good, she says. But it is the one she keeps on the wall.""",
    ),
]
