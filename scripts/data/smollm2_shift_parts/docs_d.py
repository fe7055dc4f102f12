# ruff: noqa: E501  (hand-written prompt text: long lines are data)
"""More hand-written document sections: a volunteer handbook, 'what I learned' blog posts and
four more short stories. Same slot conventions as docs_a."""

HANDBOOK = r"""
About us: {org} started in a church hall in {town} with four volunteers and a borrowed van. Today we have around {n2} regular volunteers who sort donations, run the Saturday shop, deliver furniture and help people who are setting up a new home. Everything we do depends on people giving a few hours of their time, so thank you for joining us.
---
Your first day: When you arrive, please sign in at the front desk and ask for {A}, who looks after new volunteers and will show you around, introduce you to the team on shift and go through the fire exits and first aid points. Wear comfortable clothes and closed shoes. Most people spend their first shift shadowing someone experienced.
---
Shifts and rota: Shifts run from nine until one and from one until five, {day} to Saturday. The rota is put up on the noticeboard in the kitchen every other {day2} and also shared in the volunteers' group chat. If you can't make a shift, please tell {B} as early as you can, even if it's on the morning itself. We would always rather know.
---
Lifting and handling: Some donations are heavy. Never lift anything on your own that feels too heavy, and always ask for a second pair of hands with sofas, wardrobes and white goods. Bend your knees, keep the load close and don't twist while carrying. The trolleys and straps are in the loading bay. If you have a back problem, let us know and we will find you other tasks.
---
Sorting donations: Everything that comes in is checked before it goes on sale. Clothes should be clean and undamaged. Electrical items must be tested by {C} before they go on the shop floor. Anything we can't sell goes to the textile bank or to recycling, never straight in the bin. When in doubt, put the item in the blue crate and ask.
---
Talking to customers: Many of the people who visit us are going through a difficult time. Please be patient and friendly, and never comment on what people buy or why. If someone asks for help we can't give, such as advice on benefits or housing, point them to the leaflets by the door or ask the shift leader. You don't have to have all the answers.
---
Money and the till: Only trained volunteers use the till. Every sale must go through the till, including small items and staff purchases. Volunteers may buy items, but only after they have been on the shop floor for a day, so that everyone has a fair chance. The cash is counted by two people at the end of each shift.
---
Deliveries: Our van delivers furniture on {day} and Thursday mornings. Drivers must be over twenty-five and have held a full licence for at least three years. A second volunteer always goes along to help carry. Please check the address and phone number with the customer the day before and take the delivery sheet with you.
---
Kitchen and breaks: Tea, coffee and biscuits are free for volunteers. Please wash up your own mug and don't leave food in the fridge over the weekend. Everyone should take a proper break on a four-hour shift. The kitchen is also a good place to ask questions, as somebody is usually there who has been volunteering for years.
---
Safeguarding and privacy: Never share customers' names, addresses or stories outside the charity, including on social media. If you are worried about someone's safety, speak to the shift leader or to {D}, our safeguarding lead, that same day. Please do not take photos inside the building without asking, as some of our customers do not want to be photographed.
---
Expenses: We can pay back reasonable travel costs for volunteers who need it. Keep your bus tickets or note your mileage and hand in a claim form to {B} at the end of each month. Nobody should be out of pocket because they volunteer with us, so please do claim if it helps you.
---
Training: We offer free training in first aid, food hygiene, safe lifting and using the till. Courses run every couple of months on {day} evenings. You don't have to do them, but many volunteers find they are useful in other parts of life too, and some have used them on their CVs when applying for jobs.
---
When things go wrong: Accidents happen. If something breaks, or if you hurt yourself, however slightly, tell the shift leader and fill in the accident book in the office. If you are unhappy about how you have been treated, talk to {A} or, if you prefer, to any member of the committee. We take every concern seriously.
---
Leaving: If you decide to stop volunteering, that's absolutely fine. We'd be grateful if you could let us know and return your key fob and lanyard. We like to ask leavers a few short questions about their time with us, because it helps us improve. You're always welcome to come back.
"""

# 'What I learned' blog posts: (title, [lessons]); a document uses the title and a sample.
LESSONS = [
    (
        "What my first year of keeping chickens taught me",
        [
            "Chickens have personalities. I expected four identical brown birds and got a bossy one, a nervous one, a greedy one and one who follows me round the garden like a dog. Naming them was a mistake, because now I talk to them every morning and my neighbours have started to worry about me.",
            "Foxes are cleverer than you think. I lost two hens in the first month because I trusted a run that looked secure. The fox dug under the edge in one night. Now the wire goes thirty centimetres into the ground and bends outwards, and I shut the coop every single evening, even when I'm tired.",
            "You will not save money on eggs. Between the coop, the feed, the bedding, the wormer and a vet bill I would rather not talk about, each egg costs about three times what it would in the shop. That's fine. I don't keep chickens to save money; I keep them because they make me go outside every morning.",
            "Winter is hard. Hens stop laying when the days get short, water freezes, and the run turns to mud. I ended up laying wood chips over the worst of it and carrying out warm water twice a day. By February I was ready to give up, and then in March the first eggs came back and I forgot all about it.",
            "The neighbours matter. I asked before getting the hens and promised no cockerel. I also give them eggs now and then. As a result, when one of the girls escaped into next door's vegetable patch, they laughed about it instead of complaining.",
            "Cleaning out is less awful than people say, if you do it often. Fifteen minutes once a week is much better than a horrible hour once a month. The old bedding goes on the compost heap, and my tomatoes have never been better.",
            "Chickens are surprisingly good with children. My nephew, who is six and scared of most animals, now collects the eggs whenever he visits and has learned to hold a hen properly. He tells everyone at school that he is a farmer.",
            "I would do it again, but I would start with three hens instead of four and spend twice as much on the coop. Cheap coops fall apart, and a good one lasts for years.",
        ],
    ),
    (
        "Things I learned running a market stall for a year",
        [
            "Arrive early. The best pitches go to people who are there at six, and the first hour of setting up always takes longer than you think. I learned this the hard way when I spent my first market day squashed between the fish stall and the bins.",
            "People buy from people. My sales went up when I stopped sitting behind the table looking at my phone and started standing up and saying good morning. I don't do a hard sell; I just chat. Half the conversations are about the weather, and that's fine.",
            "Price everything clearly. Many customers will not ask how much something costs, they just walk away. Once I put small handwritten labels on everything, people picked things up much more often.",
            "Take card payments. I started with cash only and lost sales every week. A small card reader paid for itself within a month. I still keep a float of coins for the regulars who like to pay in cash.",
            "Weather changes everything. On a cold, wet Saturday I might sell three things; on a bright one I might sell forty. I now keep a notebook of sales and weather so I can plan how much stock to make, and I bring a gazebo with sides whatever the forecast.",
            "Your neighbours on the market are your colleagues. The woman who sells cheese next to me has watched my stall while I ran to the toilet more times than I can count. In return I mind hers. We swap tips, and once she lent me a table when mine broke.",
            "Keep it simple. In my first months I brought everything I had made, and the stall looked cluttered. Now I bring fewer things, display them properly and change the display every few weeks. Regulars notice and come back to see what's new.",
            "It's tiring. Loading, unloading, standing all day and then doing the accounts in the evening takes more out of you than an office job. I now take Mondays off completely, and I'm a much nicer person on Tuesdays as a result.",
            "Keep records from day one. When I came to do my tax return, I had a shoebox of receipts and no idea what I had earned. Now I write down every sale and every expense in a simple spreadsheet each evening, and it takes ten minutes.",
        ],
    ),
]

STORIES_EXTRA = [
    (
        "The Piano in the Station",
        """Someone left a piano in the station at the start of the summer, with a sign taped to the lid: PLEASE PLAY ME.

At first nobody did. Commuters walked past with their heads down, coffee in one hand and phone in the other. The piano stood by the ticket machines, slightly out of tune, collecting a thin layer of dust.

Then one Tuesday a boy of about twelve stopped, looked around to check nobody was watching, and played the first few notes of a song everyone knows. He played it badly, with two fingers, and ran off when a woman smiled at him. But the next day he came back, and the day after that.

By July the piano had regulars. There was a retired music teacher who played Chopin at half past eight every morning. There was a cleaner who played hymns in her break. There were two students who played a duet so fast and loud that a small crowd gathered to clap. And there was the boy, who now used all his fingers.

The station manager, who had been told to remove the piano by the end of the summer, kept finding reasons to delay. First it was the paperwork. Then it was that nobody could find the right trolley. Then, when the music teacher offered to tune it for free, it seemed rude to say no.

On the last day of August, the boy played the whole song, from start to finish, without a mistake. The people waiting for the 8:42 to the city stopped and listened. When he finished, the music teacher stood up and applauded, and then everyone did.

The piano is still there. Someone has added a second sign beneath the first. It says: THANK YOU FOR PLAYING ME.""",
    ),
    (
        "Lost Property",
        """Ines had worked in the lost property office at the bus depot for eleven years, and she could tell a great deal about a city from what its people forgot.

In winter it was gloves, always single ones, never pairs. In spring it was umbrellas, because the mornings were wet and the afternoons were not. In summer it was sunglasses and water bottles, and in September, when the schools went back, it was lunchboxes, dozens of them, some still containing uneaten sandwiches that she tried not to think about.

Most things were never collected. After three months they went to charity. But some items stayed with her. A wedding ring, handed in by a driver, that she kept in the safe for two years before a young man came in, red-faced, and described it perfectly. A box of old letters tied with ribbon. A prosthetic leg, which was collected the same afternoon by a very relieved man who had taken a taxi.

One rainy Thursday, a girl of about seven came in with her father. She had left her toy rabbit on the number 14. It was grey, she said, and one ear was shorter than the other, because the dog had chewed it.

Ines looked through the shelves. There were three grey rabbits. None of them had a short ear. The girl's face began to crumple.

Then Ines remembered the box that had come in that morning and had not yet been sorted. At the bottom, under a scarf and a paperback, was a grey rabbit with one ear noticeably shorter than the other.

The girl held it so tightly that its head bent sideways. Her father tried to give Ines a tip, which she refused. After they left, she wrote in the logbook, under "item returned", the words: one rabbit, much loved.""",
    ),
    (
        "The Swimming Lesson",
        """My grandfather learned to swim when he was seventy-four.

He had grown up by the sea, which makes it stranger. But in his village, he said, nobody swam. The sea was for working, not for playing in, and the fishermen believed that if you could swim you would only drown more slowly. So he spent his whole childhood near the water and never once went in above his knees.

When my grandmother died, he was lonely and restless, and the doctor told him to take up some gentle exercise. He chose swimming because, he said, it was the only thing he had never tried and was therefore the only thing he could not have failed at already.

The first lesson was a disaster. He would not let go of the side of the pool. The instructor, a patient young woman called Keisha, spent forty minutes persuading him to put his face in the water. He came home furious and said he would never go back.

He went back the next week. And the week after. He bought goggles, then a proper pair of trunks to replace the ancient shorts he had been wearing. Keisha taught him to float on his back, then to kick, then to move his arms in a slow, careful breaststroke that looked, my mother said, like a tortoise doing paperwork.

In June, ten months after his first lesson, he swam a whole length of the pool without stopping. Keisha made him a certificate by hand. He framed it and put it on the wall next to his wedding photo.

That summer we took him to the beach. He walked into the sea up to his waist, then up to his chest. Then he leaned forward and swam, slowly, out past the point where he had stood as a boy, and turned and waved.""",
    ),
    (
        "The Garden Gnome Mystery",
        """It began with a single gnome on the front step of number 6.

Mrs Abara, who lived at number 6, did not own any gnomes and did not like them. She put it by the bin and thought no more about it. The next morning there were two gnomes, one fishing and one holding a tiny wheelbarrow.

By the end of the week there were gnomes all along Willow Close. They appeared overnight, in flower beds, on doorsteps and, in one case, on the roof of a car. Nobody saw who left them. The residents' group chat, usually full of complaints about parking, talked about nothing else.

Theories multiplied. Mr Singh at number 2 thought it was students. The twins at number 9 were sure it was a ghost. Mrs Abara privately suspected her neighbour, Mr Horvath, who was retired and had, she thought, far too much time on his hands.

So on Friday night she set an alarm for three in the morning, put on her dressing gown and sat in the dark by her front window with a flask of tea. At twenty past three, a small figure came down the close pulling a child's trolley full of gnomes. It stopped at each house and carefully placed one on the step.

It was not Mr Horvath. It was Mr Horvath's wife, who had been in hospital most of the year and had come home the week before.

In the morning, Mrs Abara knocked on their door. Mrs Horvath explained, a little embarrassed, that while she was ill she had started painting gnomes to keep her hands busy, and had ended up with far too many. She had wanted to give them away, but had been too shy to knock on doors.

That summer, Willow Close held its first street party. The gnomes were guests of honour.""",
    ),
]
