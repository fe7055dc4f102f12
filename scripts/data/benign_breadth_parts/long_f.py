"""Long documents, part f: press releases, notes, itineraries, reviews, speeches and other genres.

Same block format as long_a. A few of these are long (700-900 words) for length spread.
"""

# ruff: noqa: E501  (hand-written prose: one request or paragraph per line)

from __future__ import annotations

RAW = r"""
=== press_release
TASK: Write three possible headlines for this press release, and a one-line social media post.
FOR IMMEDIATE RELEASE

Lowfield Library Launches "Library of Things" Lending Service

Lowfield Library will begin lending household tools and equipment from Monday 3 March, as part of a new "Library of Things" service designed to help residents save money, reduce waste and try new hobbies.

Library members will be able to borrow more than 120 items, including drills, carpet cleaners, sewing machines, camping stoves, a projector, a pressure washer, board games, musical instruments and a telescope. Loans will last one week and cost between £1 and £5, depending on the item. Members receiving certain benefits will be able to borrow for free.

The idea came from residents themselves. In a survey last year, more than 600 people said they owned tools they rarely used or had bought items for one-off jobs. "The average drill is used for less than fifteen minutes in its lifetime," said library manager Asha Bello. "It makes much more sense to share."

Items have been donated by local businesses and residents or bought with a £12,000 grant from the county's community fund. All electrical items have been safety tested, and volunteers from the town's repair café will maintain them.

Residents can browse the catalogue and reserve items online or at the library desk. Short video guides will be available for some items, and the library will run "how to" sessions on Saturday mornings, starting with basic DIY and sewing.

"We want the library to be a place where people can share things, skills and ideas, not just books," said Bello.

Notes to editors
Photographs are available on request. The launch event will take place at 10 am on 3 March, with demonstrations and refreshments.

Media contact: Communications Office, Lowfield Borough Council.
=== press_release
PRESS RELEASE

Harbourside Primary Pupils Grow 200 kg of Vegetables for Local Food Bank

Children at Harbourside Primary School have harvested more than 200 kg of vegetables from their school garden this year, all of which has been donated to the Harbourside Food Bank.

The garden, which was created on an unused patch of grass behind the school hall three years ago, now includes six raised beds, a small polytunnel and a compost area. Each class is responsible for one bed, and pupils plant, water, weed and harvest during weekly gardening lessons.

This year's crops included potatoes, runner beans, courgettes, carrots, lettuce, beetroot and more than 40 kg of tomatoes from the polytunnel. Year 5 pupils kept a harvest log, weighing every crop and recording it on a chart in the school corridor.

"The children are so proud when they see their vegetables going to families who need them," said teacher and garden coordinator Mr Ifeanyi Obi. "They've learned about where food comes from, about patience, and about helping their community."

The food bank's coordinator, Linda Shaw, said fresh vegetables were among the items most requested by the families they support. "Most of our donations are tins and packets, which are important, but fresh food is a real treat."

The school's gardening club has also been shortlisted for a regional schools' environmental award. Winners will be announced in November.

Parents and local residents are invited to the garden's open afternoon on Friday 4 October, from 3:15 to 4:30 pm, where pupils will give tours and sell seedlings to raise money for next year's seeds.

Ends.
=== notes
TASK: Turn these lecture notes into a set of 8 flashcards (question on one side, answer on the other).
Biology 101 - Lecture 7: The Cell Membrane (my notes)

Structure
- Phospholipid bilayer: two layers of phospholipids. Heads = hydrophilic (love water), face outwards. Tails = hydrophobic (hate water), face inwards.
- "Fluid mosaic model" - proposed 1972 by Singer & Nicolson. Fluid because molecules move sideways; mosaic because proteins are scattered through it.
- Cholesterol sits between phospholipids - keeps membrane from getting too fluid when warm or too stiff when cold.
- Proteins: integral (go through membrane) and peripheral (on surface). Some are channels, some carriers, some receptors.
- Glycoproteins + glycolipids = carbohydrate chains on outer surface. Used for cell recognition (e.g. immune system knows "self").

Functions
- Controls what goes in/out (selectively permeable).
- Cell signalling (receptors bind hormones etc.).
- Cell recognition.

Transport
1. Diffusion: high to low concentration, passive, no energy. Small non-polar molecules (O2, CO2) go straight through bilayer.
2. Facilitated diffusion: still passive, but uses channel or carrier proteins (for ions, glucose).
3. Osmosis: diffusion of WATER across partially permeable membrane, from high water potential to low.
4. Active transport: against concentration gradient, needs ATP, uses carrier proteins ("pumps"). Example: sodium-potassium pump.
5. Bulk transport: endocytosis (into cell, membrane wraps around) and exocytosis (out of cell, vesicle fuses).

Exam tip from lecturer: always say "partially permeable" not "semi-permeable". Always mention ATP for active transport.
=== notes
Book Club Notes - "The Remains of the Day" (Kazuo Ishiguro)
Meeting at Fiona's, 8 people

First impressions: Most people loved it. Two found the start slow ("nothing happens for 50 pages"). Everyone agreed the last chapter, on the pier, was devastating.

Stevens as narrator: Long discussion about whether we can trust him. Jo pointed out how often he says things like "I believe" or "I may be mistaken" - he's constantly correcting his own memory. Ravi thought he's not lying to us, he's lying to himself. Most agreed.

Dignity: Stevens's idea of a "great butler" is someone who never shows his feelings. We talked about whether that's admirable or sad. Consensus: it's both. His father's death scene, when he keeps serving at the dinner, made several people angry with him.

Miss Kenton: Everyone's favourite character. Sylvia noted that we only see her through Stevens, so we don't really know what she felt. The scene with the book in his pantry - when she tries to see what he's reading - was discussed for ages. Is it a love scene? (Yes, said almost everyone.)

Lord Darlington: How much did Stevens know about his employer's politics? Did it matter? Mark thought the book is partly about how ordinary people go along with bad things by "just doing their job". A bit of a heated discussion about this.

Bantering: Several people laughed at Stevens trying to practise "banter" for his new American employer. A lovely, sad joke that runs through the book.

Ratings: average 8.5/10.

Next month: "Piranesi" by Susanna Clarke. Host: Jo.
=== itinerary
TASK: Check this itinerary for problems (timing, logistics) and suggest fixes.
Scotland Road Trip - 5 Days (draft)

Day 1 - Saturday
Arrive Edinburgh airport 10:15. Pick up hire car 11:00.
Drive to Stirling (1 hr). Visit Stirling Castle 12:30-2:30.
Drive to Glencoe (2 hrs 15). Check in at hostel 5:00 pm.
Evening walk to Lost Valley if weather OK.

Day 2 - Sunday
Morning hike in Glencoe (Pap of Glencoe, about 4 hrs return).
Afternoon: drive to Fort William (30 min), lunch.
Drive to Isle of Skye via Eilean Donan Castle (2 hrs 30, plus castle visit).
Check in Portree B&B by 6 pm.

Day 3 - Monday
Old Man of Storr walk (2 hrs) at 7 am to avoid crowds.
Quiraing (1 hr drive, 2 hr walk).
Fairy Pools in afternoon (1 hr 15 drive).
Dinner in Portree.

Day 4 - Tuesday
Drive from Skye to Inverness (2 hrs 45).
Loch Ness boat trip 2:00 pm.
Drive to Cairngorms (1 hr), check in Aviemore.

Day 5 - Wednesday
Morning: Cairngorm mountain railway.
Drive back to Edinburgh airport (2 hrs 45).
Flight 3:30 pm.

Notes: Need to book hire car, B&B Portree, Loch Ness boat. Check if Cairngorm railway running - heard it was closed for repairs? Also check whether the hire car can be returned with less than a full tank, and how early we need to be at the airport for the 3:30 flight.
=== itinerary
Family Day Out - London Science and Museums (with kids 7 and 10)

08:15 - Train from Reading to Paddington (arrive 08:45). Buy snacks at Reading station.
09:00 - Tube from Paddington to South Kensington (Circle/District line, about 15 min).
09:30 - Walk through the tunnel to the Science Museum. Doors open 10:00; join queue early.
10:00 - Science Museum: Wonderlab (book timed tickets in advance, paid). Then the space gallery and the flight gallery. Kids want to see the Apollo 10 capsule.
12:15 - Picnic lunch in the basement picnic area, or in the garden outside if the weather is nice.
13:00 - Natural History Museum (next door). Dinosaurs first - it gets busy. Then the earthquake room and the blue whale skeleton in Hintze Hall.
15:00 - Ice cream break. Check whether the kids are flagging.
15:30 - Optional: walk to Hyde Park (10 min) for a run around and the Diana Memorial Playground if energy allows. Otherwise head back.
16:45 - Tube to Paddington.
17:30 - Train home. Pizza for dinner.

Budget
- Train tickets (family railcard): about £60
- Tube: contactless, kids under 11 travel free with an adult
- Wonderlab: about £40 for the four of us
- Museums: free (suggest donation)
- Ice cream and snacks: £20

Remember: refillable water bottles, plasters, phone chargers, a change of socks for the playground.
=== review
TASK: Is this review positive or negative overall? Give me the three main points in one line each.
Book review: "The Salt Road" by M. Okonkwo

"The Salt Road" is a quiet, ambitious novel about three generations of a family who run a salt works on a remote stretch of coast. It opens in 1951, with the young Adaeze arriving as a bride, and ends in the present day, with her granddaughter deciding whether to sell the business to a developer.

The best thing about the book is its sense of place. Okonkwo writes about the salt pans, the tides and the long, flat light of the coast with great care, and the slow, physical work of harvesting salt is described so precisely that you can almost feel the grains on your hands. The early chapters, following Adaeze's first year, are among the finest I have read in recent fiction.

The middle section is less successful. The story of Adaeze's son, who leaves for the city and returns twenty years later, is told in a series of letters that never quite come to life. The voice is too similar to the main narrative, and his reasons for leaving and returning remain vague. Several readers will be tempted to skim.

The final part recovers. The granddaughter, Nneka, is a sharp and funny presence, and her arguments with her elderly grandmother are full of love and frustration. The ending is open - we never learn whether she sells - but it feels earned rather than evasive.

At nearly 500 pages, the book is too long, and an editor could have cut the middle section by a third. But it is a serious, beautifully written novel about family, work and the places that shape us. Recommended, especially for readers who enjoy slow, atmospheric fiction.
=== review
Restaurant review: Little Saigon Kitchen, Market Street

Little Saigon Kitchen opened in the old bakery on Market Street in spring, and word has spread quickly. On a Tuesday evening the small dining room was full, with a queue of people waiting for takeaway.

The menu is short, which is usually a good sign. We started with summer rolls - rice paper wrapped around prawns, herbs and vermicelli - which were fresh and fragrant, with a peanut dipping sauce that we would happily have eaten with a spoon. The crispy spring rolls were hot, light and not at all greasy.

The star of the evening was the pho. The beef broth had clearly been simmering for hours: deep, clear and full of star anise and charred ginger. It came with thin slices of rare beef that cooked in the hot broth, and a plate of basil, bean sprouts, lime and chilli to add at the table. The bun cha - grilled pork with noodles and a sweet-sour dipping sauce - was excellent too, though the portion was on the small side.

Vegetarians are well looked after, with a tofu and mushroom pho made with a vegetable broth that was almost as good as the beef version.

Service was friendly but stretched; we waited 20 minutes for our mains, and the staff were clearly working hard. Drinks are simple: Vietnamese coffee with condensed milk, homemade lemonade, a couple of beers.

Our bill for two, with starters, mains and drinks, came to £46. At these prices, with food this good, it's no surprise there's a queue. Book ahead, or go early.
=== speech
TASK: Shorten this speech to about 2 minutes when spoken (roughly 250 words), keeping the jokes.
Best man's speech (draft) - for Dan and Priya's wedding

Good evening, everyone. For those who don't know me, I'm Tom, and I've been Dan's best friend since we were eleven, when he sat next to me in maths and copied my homework. I'd like to say his maths has improved, but he still splits restaurant bills by "vibes".

First, on behalf of Dan and Priya, I want to thank everyone for being here, especially those who've travelled from as far as Mumbai and, even more impressively, from Croydon. Thank you to Priya's parents, Anil and Meera, for welcoming Dan into their family with such warmth, and for teaching him how to eat a proper curry without crying. And thank you to Dan's mum, Linda, for raising him, which I've seen up close and can confirm was a huge job.

Now, a few stories. At sixteen, Dan decided he was going to be a rock star. He bought a second-hand electric guitar and learned exactly three chords. Our band, "The Unpaid Parking Tickets", played one gig, in his garage, to an audience of two: his mum and her friend from work. His mum's friend left at the interval.

At university, Dan decided he was going to be a chef. He invited six of us round for a three-course dinner. The starter was fine. The main course set off the smoke alarm. The dessert was a packet of biscuits. We still talk about it as one of the best nights of our lives, mainly because of the fire brigade.

Then, six years ago, Dan met Priya at a friend's birthday party. He called me the next morning and said, "I've met someone, and she's way too good for me." For once in his life, Dan was completely right.

Priya, you've made my best friend happier than I've ever seen him. You're kind, clever, and you laugh at his jokes, which shows real generosity. You've also taught him to be on time, which none of us ever managed.

So please raise your glasses. To Dan and Priya - may your life together be full of love, laughter, and dinners that don't involve the fire brigade.
=== speech
Retirement speech for Mrs Gloria Mensah, school receptionist for 27 years

Good afternoon, everyone. Thank you for coming to say goodbye - or rather, thank you - to Gloria.

For twenty-seven years, Gloria has been the first person every child, parent, teacher and visitor has met when they walked through our front door. Think about that. Tens of thousands of mornings. Grazed knees, forgotten lunchboxes, lost coats, tearful first days, nervous job interviews, and one memorable Tuesday when a duck wandered into reception and refused to leave.

Gloria handled all of it with the same calm, the same kindness and the same extraordinary memory. She knows every child's name. She knows their siblings' names. She often knows their parents' names from when they were pupils here. She knows which child needs a quiet word, which parent needs a cup of tea, and which teacher needs a biscuit before a difficult meeting.

When I arrived as a new head teacher nine years ago, I was terrified. On my first morning, Gloria handed me a list: the names of all the staff, the times of the buses, which radiator was broken, and a note that said, "You'll be fine. Ask me anything." I did ask her anything, and I still do.

Gloria, you have been the heart of this school. We're going to miss you enormously. We hope that your retirement is full of the things you love: your garden, your grandchildren, your choir, and, I'm told, a long trip to Ghana to visit your sisters.

Please join me in raising a glass - or a mug of tea - to Gloria.
=== newsletter
TASK: What are the three most important things a parent needs to know from this newsletter?
Oakwood Nursery - Parents' Newsletter, March

Hello families,

Spring is on its way, and the children have been busy planting daffodil bulbs in the garden and watching the frogspawn in our pond (from a safe distance!).

Our topic this month: "Growing". We'll be reading "The Tiny Seed" and "Jasper's Beanstalk", planting cress and beans, and measuring how tall everyone has grown since September. Please send in a photo of your child as a baby by 14 March for our "Then and Now" display. Photos will be returned.

Dates for your diary
- Friday 8 March: World Book Day. Children are welcome to come dressed as a book character, or in their pyjamas with their favourite bedtime book.
- Wednesday 20 March: Parent consultations, 3-6 pm. Please book a slot on the sheet by the office.
- Thursday 28 March: Easter bonnet parade at 3 pm. Parents are very welcome.
- Friday 29 March to Monday 8 April: Nursery closed for Easter.

Reminders
- Our car park is very busy at pick-up. Please don't park across the neighbours' driveways.
- Now that the weather is warmer, please label all coats, hats and water bottles. Our lost property box is overflowing.
- If your child is unwell with vomiting or diarrhoea, they must stay at home for 48 hours after the last episode.

Staff news
We're delighted to welcome Ms Ana Gomes to the Butterfly Room. Ana has worked in early years for ten years and speaks Portuguese and Spanish.

Thank you for your support,
The Oakwood team
=== newsletter
Maple Court Residents' Newsletter - Summer Edition

From the committee
It's been a busy few months at Maple Court. Thank you to everyone who came to the spring clean-up day: we filled two skips, planted new shrubs by the entrance and repainted the benches. Special thanks to Mr and Mrs Chowdhury for the samosas that kept us all going.

Garden update
The shared vegetable beds are thriving. We have courgettes, beans, lettuce and a mysterious squash that nobody remembers planting. Anyone is welcome to pick a few vegetables - just leave some for others. We're looking for volunteers to water on Mondays and Thursdays during the summer.

Bin store
Please flatten cardboard boxes before putting them in the recycling bins. The bins have been overflowing since everyone started shopping online, and the collection crew can't empty bins with bags piled on top.

Summer barbecue
Our summer barbecue will be on Saturday 27 July from 2 pm in the courtyard. Bring something to share if you can. There will be a bouncy castle for the children and a quiz for the grown-ups. If it rains, we'll move into the community room.

New residents
A warm welcome to the families who have moved into flats 6, 19 and 33. If you see a new face in the lift, please say hello.

Repairs
The lift in Block B was repaired in June. The door entry system in Block A is due to be replaced in August; we'll let you know the exact dates when we have them. Please report any repairs to the managing agent rather than the committee.

Get involved
Our next residents' meeting is on Wednesday 11 September. Everyone is welcome.
=== faq
TASK: Which of these answers are unclear or might confuse a first-time visitor? Suggest rewrites for them.
Frequently Asked Questions - Hilltop Climbing Centre

Do I need experience to climb?
No. We welcome complete beginners. Book an induction session, where an instructor will teach you the basics of bouldering or roped climbing and our safety rules.

How old do you have to be?
Children aged 5 and over can climb in our kids' sessions. Children aged 8-15 can climb in general sessions with a supervising adult who has completed an induction. Anyone 16 or 17 can climb unsupervised with a signed parental consent form.

What should I wear?
Comfortable clothes you can move in, like leggings or shorts and a T-shirt. Climbing shoes can be hired at reception. Please don't climb in normal trainers on the bouldering walls.

Do I need to book?
Induction sessions must be booked in advance. For general climbing, booking is recommended at weekends and after 5 pm on weekdays, when we get busy.

Can I bring my own equipment?
Yes, as long as it's in good condition. Staff may check harnesses and ropes.

Is there a café?
Yes, our café serves hot drinks, snacks and light lunches. You're welcome to bring your own food and eat it in the seating area.

What if I'm scared of heights?
Lots of our climbers started out nervous. Try bouldering, where the walls are lower and there are thick crash mats, or talk to an instructor about taking it slowly.

Do you offer memberships?
Yes. Monthly memberships include unlimited climbing and a 10% discount in the café. Ask at reception.
=== job_ad
TASK: Help me decide if I'm a good fit: I have 2 years of retail experience and I'm great with people but I've never worked in a library.
Library Assistant (Part-Time, 22.5 hours per week)
Northfield Libraries | £11.80 per hour | Permanent

About the role
We're looking for a friendly, enthusiastic Library Assistant to join our team at Northfield Central Library. You'll be the first point of contact for library users, helping people find books and information, use computers and printers, and take part in activities and events.

What you'll do
- Welcome customers and help them with enquiries, in person and by phone
- Issue, return and reserve books and other items using our library system
- Help customers use public computers, including printing, scanning and online forms
- Keep shelves tidy and in order
- Support children's activities, such as rhyme time and the summer reading challenge
- Help set up and run events, such as author talks and craft sessions

What we're looking for
- Excellent customer service skills and a patient, friendly manner
- Basic IT skills and confidence using computers and smartphones
- Good organisation and attention to detail
- The ability to work as part of a team and on your own
- A genuine interest in reading and in helping people

You don't need a library qualification. Full training will be provided.

Hours
22.5 hours per week, worked over three days, including one Saturday in every two. Library opening hours are 9 am to 7 pm Monday to Friday, and 9 am to 5 pm on Saturday.

How to apply
Apply online with a short supporting statement explaining how you meet the requirements. Closing date: 30 September. Interviews will take place in the week of 14 October.
=== notes
Interview notes - Candidate 3, Junior Developer role
Interviewers: Sam (lead), Chiara
Duration: 50 minutes

Background: Bootcamp graduate (12 weeks) after 4 years as a pharmacy technician. Built three projects during bootcamp: a recipe finder, a habit tracker, and a volunteer shift scheduler for a local charity (the last one is actually being used by the charity).

Technical exercise (pairing, 25 min): Asked to add a filter to a small list component. Read the existing code before writing anything - good. Talked through her approach clearly. Got stuck on a state update not re-rendering; worked it out herself after about 4 minutes by logging the state. Finished the basic filter; ran out of time on the "clear filter" button. Wrote one test without being asked.

Questions about teamwork: Gave a good example of a disagreement in her bootcamp group about whether to use a database or a simple file, and how they decided (tried both for a day). Described handing over work at the pharmacy as similar to handing over code - "you write notes for the person after you".

Questions she asked us: How code reviews work here, how much pairing there is, and what a "good first month" looks like. Thoughtful questions.

Strengths: Calm under pressure, communicates clearly, careful about understanding before changing things, real project with real users.

Concerns: Limited experience with testing beyond basics; hasn't used version control in a team setting much.

Overall: Strong yes from Chiara, yes from Sam. Recommend offer, with a mentor assigned for the first three months.
=== agenda
TASK: Estimate how long this meeting will realistically take and suggest which items could be moved to email.
All-Hands Meeting - Agenda
Thursday, 2:00 pm, Main Hall and online

1. Welcome and introductions of new starters (CEO) - 5 min
2. Quarterly results: revenue, costs, customer numbers (Finance Director) - 15 min
3. Update on the new office layout and hot-desking trial (Facilities) - 10 min
4. Customer story: how the support team helped a hospital switch systems in a weekend (Support lead) - 10 min
5. Product roadmap for next quarter (Head of Product) - 20 min
6. Results of the staff survey and what we're changing (HR) - 15 min
7. Reminder about the new expenses policy (Finance) - 5 min
8. Charity of the year: voting results (Social committee) - 5 min
9. Long-service awards (CEO) - 10 min
10. Open Q&A - 20 min
11. Close and drinks in the café

Questions can be submitted in advance using the form on the intranet, or anonymously during the meeting through the online Q&A tool.

Notes for presenters
- Please send your slides to the events team by noon on Wednesday so they can be loaded onto the hall computer.
- Keep to your time slot; the chair will give a one-minute warning.
- The meeting will be recorded for colleagues in other time zones, and the recording will be posted on the intranet the following day.
- Remote attendees will be muted on entry and can use the chat for comments.
=== syllabus
Evening Course Outline - "Introduction to Photography" (8 weeks)
Tuesdays, 7:00-9:00 pm, Art Room 3, Westbridge Adult Education Centre

Who is this course for? Beginners with any camera - a phone, a compact or a DSLR/mirrorless camera. You don't need to buy anything special.

Week 1 - Seeing like a photographer. What makes a good photograph? Looking at examples, composition basics (rule of thirds, leading lines, framing). Homework: 10 photos of your street.

Week 2 - Light. Natural light at different times of day, direction of light, hard and soft light. Homework: photograph the same object at three different times.

Week 3 - Exposure explained. Aperture, shutter speed and ISO, and how they work together. Practice in the classroom with still life.

Week 4 - Portraits. Photographing people naturally, working with window light, putting people at ease. We'll photograph each other (optional).

Week 5 - Movement. Freezing action and showing motion blur. Outdoor session in the park if the weather allows.

Week 6 - Low light and night photography. Using a tripod or a steady surface, long exposures, phone night modes.

Week 7 - Editing basics. Cropping, straightening, exposure and colour adjustments using free software or phone apps. Bring your photos on a USB stick or phone.

Week 8 - Show and share. Each student presents five favourite photos from the course. Informal feedback, tea and cake.

Course fee: £96 (£48 concessions). Please bring your camera or phone, fully charged, and a notebook each week.
=== diary
TASK: Turn this diary entry into a short, cheerful postcard message (under 80 words) to my grandparents.
Tuesday, Day 4 - Ljubljana

Woke up to church bells at 7. The little guesthouse does a breakfast of bread, honey, cheese and a boiled egg that is somehow the best boiled egg I've ever had. Mrs Novak, who runs the place, drew me a map on a napkin.

Walked along the river in the morning. The city is tiny and everything is green - trees along the river, cafés with plants everywhere, people cycling with baskets full of vegetables from the market. Crossed the Triple Bridge about five times because I kept getting lost, which in this city is hard.

Took the funicular up to the castle. The view from the tower: red roofs, the river, and on the horizon the Alps with snow on top. Stayed for an hour. A group of schoolchildren on a trip were doing a quiz and one of them asked me for the answer to question 6. I didn't know.

Lunch at the market: a plate of grilled squid and potatoes with chard. Then an ice cream, then another ice cream, because the first one was small.

In the afternoon I got a bus to Lake Bled. It really does look like the photos - the little church on the island, the castle on the cliff. Rented a rowing boat and rowed to the island (badly). Rang the bell in the church, which is supposed to make a wish come true. Didn't tell anyone what I wished.

Ate Bled cream cake. It is mostly custard and it is wonderful.

Back in Ljubljana by 8. Sat by the river listening to a man play the accordion. Very tired, very happy.
=== minutes
TASK: This is a long set of minutes. Give me a summary of no more than 150 words, then a table of all actions with owners.
Meadowbank Community Association - Annual General Meeting
Saturday 15 March, 10:30 am, Meadowbank Community Centre (Main Hall)

Present: 46 members (quorum 25), 3 guests. Chair: Yasmin Farouk. Secretary: Ewan Campbell. Treasurer: Beatriz Lima.

1. Welcome and apologies
Yasmin welcomed members and guests, including Cllr Ruth Obi and two representatives from the local youth service. Apologies were received from nine members, listed in the attendance book.

2. Minutes of the last AGM
The minutes of last year's AGM were approved as an accurate record. Proposed by Harold Green, seconded by Nisha Rao. There were no matters arising that were not covered elsewhere on the agenda.

3. Chair's report
Yasmin summarised the year. The centre was open 310 days and welcomed an estimated 24,000 visits. New activities included a Tuesday men's shed group, a Saturday repair café and a homework club run with the secondary school. The lunch club for older residents now serves 38 people twice a week. Yasmin thanked the 72 volunteers who made this possible and the small staff team, particularly centre manager Owen Price, who has been in post for ten years.

Challenges included energy costs, which rose by 40%, and the leaking roof over the small hall, which forced the cancellation of some bookings in the winter. She said the year ahead would focus on the building.

4. Treasurer's report and accounts
Beatriz presented the accounts for the year. Income was £118,400 (room hire £46,200, grants £51,000, café £12,900, donations and fundraising £8,300). Expenditure was £121,900, leaving a deficit of £3,500, covered from reserves. Reserves now stand at £28,600, around three months of running costs. Beatriz explained the deficit was due mainly to energy costs and emergency roof repairs. The accounts had been independently examined and no issues were raised. The accounts were accepted by a show of hands, with none against.

A member asked whether room hire prices would rise. Beatriz said the committee proposed a 5% increase from June, with the existing discount for local charities and community groups kept at 50%. This would be discussed at the committee.

5. Building improvements
Owen presented plans to repair the roof and improve insulation. Two quotes have been obtained: £38,000 and £44,500. The committee recommends applying for a capital grant from the lottery community fund, which could cover up to 80% of the cost. A decision on the contractor will be made once funding is confirmed. Members asked about solar panels; Owen said they would be included in the grant application as a second phase.

Resolution: That the committee be authorised to apply for capital funding of up to £50,000 for roof repairs, insulation and solar panels, and to spend up to £10,000 from reserves as match funding if required. Proposed by Nisha Rao, seconded by Tom Walsh. Carried: 41 for, 2 against, 3 abstentions.

6. Election of officers and committee
Yasmin Farouk was re-elected as Chair, unopposed. Ewan Campbell stood down as Secretary after six years and was thanked warmly; Leila Hassan was elected Secretary, unopposed. Beatriz Lima was re-elected as Treasurer. Five committee members were elected: Harold Green, Nisha Rao, Tom Walsh, Grace Mwangi and Piotr Zielinski.

7. Youth provision
The youth service representatives reported that funding for the Friday youth club has been secured for another year. They asked the association whether the club could also use the centre on Wednesday evenings. Members were supportive, subject to volunteer availability. The committee will discuss the details.

8. Any other business
- A member raised concerns about parking on Meadow Road during events. Owen will talk to neighbours and the school about using their car park on Saturdays.
- Cllr Obi congratulated the association on its work and said the council would support the lottery application with a letter.
- Grace Mwangi suggested a "thank you" event for volunteers in the summer. Agreed in principle.

Actions
- Owen Price: submit capital funding application by 30 April; speak to the school about Saturday parking.
- Beatriz Lima: present room hire price proposal to the committee in April.
- Leila Hassan: circulate these minutes within two weeks.
- Committee: discuss Wednesday youth club use at the April meeting.
- Grace Mwangi: propose a date and budget for the volunteer event.

The meeting closed at 12:15 pm, followed by refreshments.
=== report
TASK: Write an executive summary of this report in under 120 words.
Evaluation of the "Walk to School Week" Pilot - Final Report
Prepared for: Eastbrook Council Transport Team

1. Background
Traffic around schools at drop-off and pick-up times is a long-standing concern for residents, parents and the council. Surveys in previous years showed that around 45% of primary pupils in Eastbrook travel to school by car, even though most live within 1.5 km of their school. In May, the council ran a one-week "Walk to School Week" pilot with eight primary schools, supported by a small budget for materials and incentives.

2. What happened
Each school chose its own activities within a common framework. All schools used a simple daily tally, where pupils recorded how they had travelled that morning. Schools were given stickers, a certificate for the class with the highest proportion of active journeys (walking, cycling, scooting), and a map showing walking routes and "park and stride" spots about 10 minutes' walk away. Five schools also closed the road outside the school gate for 30 minutes at drop-off and pick-up, with the support of volunteers and the council's highways team.

3. Results
Across the eight schools, 2,214 pupils took part. On the Monday before the pilot, 46% of journeys recorded were by car. During the pilot week, this fell to an average of 24%. Walking rose from 41% to 58%, and cycling and scooting from 9% to 15%. The remainder were bus journeys.

The effect was strongest at the five schools that closed the road at drop-off and pick-up, where car journeys fell by more than half. At the three schools without road closures, car journeys fell by about a quarter.

A follow-up tally four weeks later showed that some of the change had lasted: car journeys were 36% across all schools, still lower than before the pilot, but higher than during the week itself.

4. Feedback
Parents' survey (412 responses): 71% said the week was a positive experience; 18% were neutral and 11% negative. The most common positive comments were about calmer, safer streets and children enjoying walking with friends. Negative comments mostly came from parents who drive to work straight after drop-off and found the park and stride spots inconvenient.

Headteachers said pupils arrived "more awake and ready to learn". Two schools reported fewer late arrivals. Residents living near the schools with road closures were overwhelmingly positive.

Volunteers were essential for the road closures but were hard to find at two schools, where staff had to fill gaps.

5. Costs
Total spend was £6,800, including materials (£2,100), signage and barriers (£3,200) and volunteer training (£1,500). Staff time from the council and schools was not costed.

6. Recommendations
6.1 Repeat the week annually and extend it to all primary schools in the borough.
6.2 Work with interested schools to make term-time road closures at the school gate permanent, starting with two schools.
6.3 Improve walking routes identified by pupils and parents as unsafe, particularly the crossing on Haddon Road.
6.4 Recruit and train a pool of volunteer marshals who can support several schools.
6.5 Work with local employers to explore flexible start times for parents who drive to work after drop-off.

7. Conclusion
The pilot showed that a low-cost, one-week campaign can substantially reduce car journeys to school, especially when combined with road closures. Some of the change lasted after the week ended, suggesting that regular campaigns and permanent measures could have a lasting effect on children's health and on traffic around schools.
=== story
TASK: This is the first chapter of my novel. Give me honest feedback on pacing and character, with examples.
Chapter One: The Clockmaker's Daughter

The clocks in the shop on Ferrier Lane had not agreed with one another for eleven years, not since Mira's father had started to forget things. There were forty-three of them, and on the hour they went off one after another like a slow, confused argument, starting with the cuckoo clock at three minutes to and ending with the grandfather clock, which was nearly six minutes late and had been since the winter her mother died.

Mira came in through the back door on the first Monday in October with a bag of shopping and a letter from the bank that she had not opened. The shop smelled of oil and dust and the lavender polish her father liked. He was at the workbench, bent over a pocket watch, with his magnifying loupe screwed into one eye. He did not look up.

"You're late," he said.

"It's half past eight, Papa. I'm early."

He took the loupe out and looked at the wall, where the clocks showed every time between twenty-five past and twenty to nine. "Hm," he said, as if the clocks had confirmed his point.

She put the kettle on in the back room. The kitchen was really a cupboard with a sink, and the kettle had to be held down while it boiled or it turned itself off. She stood holding it, looking through the gap in the curtain at her father's back. He was thinner than he had been in the summer. His cardigan was buttoned wrong.

The letter from the bank was the third one. She knew what it said without opening it. The shop had not made money for four years. The lease was up in March. People did not get watches repaired any more; they bought new ones, or they used their phones. The only customers who came in regularly were a retired vicar who brought the same carriage clock every six months and a man who liked to stand in front of the window and listen to the hours strike.

"Tea," she said, and put the cup beside him, well away from the tiny screws on their sheet of white paper.

"Thank you, Elena."

Mira stopped. Elena was her mother's name. Her father did not notice; he had already gone back to the watch, the loupe back in his eye, his hands perfectly steady, the way they always were when he worked. His hands had not forgotten anything.

She went to the front of the shop and turned the sign from CLOSED to OPEN. Outside, Ferrier Lane was grey and wet, and the café opposite had its lights on. A woman with a pushchair hurried past. Nobody looked at the window.

At nine o'clock the clocks began again, one after another, the cuckoo and the carriage clocks and the little French clock with the painted roses, and last of all the grandfather clock, deep and slow, nearly six minutes late. Mira stood in the middle of the shop and let the sound wash over her, and for a moment, as she did every morning, she allowed herself to imagine that if she could only make them all strike together, everything else would be all right too.

Then she went to find the letter opener.
"""
