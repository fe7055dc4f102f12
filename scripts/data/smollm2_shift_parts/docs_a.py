# ruff: noqa: E501  (hand-written prompt text: long lines are data)
"""Hand-written sections for pasted documents (meeting notes, newsletters, letters).

Sections are separated by a line '---'. Slots in braces are filled per document by the main
script: {A} {B} {C} {D} people, {town}, {street}, {day}, {day2}, {month}, {n} (2-9), {n2} (10-60),
{money}, {money2}, {time}, {org}.
"""

MEETING_OFFICE = r"""
Website refresh: {A} showed the new homepage mock-ups. Most people liked the cleaner layout but felt the photos looked like stock images. {B} suggested using pictures of our own staff and the workshop instead. We agreed to take new photos on {day} morning while the light is good. {A} will book a photographer if the quotes come in under {money}.
---
Holiday rota: We still have two gaps over the {month} break. {C} offered to cover the first week if someone can swap a Friday later in the year. {D} can do the second week but needs to leave at three on the Wednesday. {B} will put the final rota on the shared drive by {day}.
---
Printer and supplies: The big printer on the second floor jammed {n} times last week. {D} thinks it's the cheap paper we switched to in spring. Decision: go back to the old paper for a month and see if the jams stop. {C} will also ask facilities whether the service contract covers a visit.
---
Customer feedback: {B} summarised the survey results. {n2} people answered. The most common complaint is that it takes too long to get a reply by email, sometimes three or four days. Phone support scored well. {A} wants to try a shared inbox with a simple tagging system so nothing sits unanswered. Trial to start next month; {B} to report back at the review meeting.
---
Budget update: We are slightly under budget for the quarter, mostly because the conference in {town} was cancelled. {C} asked if some of the leftover money could go towards new chairs for the meeting room, since three of them are broken. No objections, but {A} needs to check with finance before anything is ordered.
---
New starter: {D} will join us on {day} as a junior coordinator. {B} will be the new starter's buddy for the first month. We need to sort out a laptop, a desk near the window and a login for the booking system before the first day. {C} will prepare a simple one-page guide to who does what in the team.
---
Office move: The landlord confirmed that the move to the ground floor will happen in {month}. {A} walked everyone through the floor plan. Concerns: the new kitchen is smaller and there are fewer quiet rooms. {D} suggested turning the old storage cupboard into a phone booth. Everyone liked the idea; {A} will ask whether we are allowed to.
---
Training: Only {n} people have finished the new data protection course, and the deadline is the end of the month. {C} reminded everyone that it only takes about forty minutes. {B} will send a reminder with the link, and managers will block out time in calendars so nobody has an excuse.
---
Team social: The vote for the summer outing came back split between a boat trip and a barbecue in the park. {D} pointed out that the boat trip costs {money} per head, which is over what we agreed. We settled on the barbecue in {month}, with a backup date in case of rain. {A} will check whether partners can come.
---
Project status: The stock system upgrade is about two weeks behind. {B} explained that the supplier delivered the wrong barcode scanners and the replacements only arrived on {day2}. Testing will now run until the middle of next month. {C} asked that we tell the warehouse team directly so they are not surprised by the later date.
---
Any other business: {C} raised the issue of people booking the big meeting room and then not turning up. Suggestion: bookings are released automatically if nobody checks in within fifteen minutes. {A} liked it; {D} was worried about people stuck in traffic. We will try it for a month and review.
---
Hybrid working: We discussed whether to keep Tuesdays and Thursdays as office days. Most people are happy with it, but {B} said the parking near {street} is a nightmare on those days. {A} will ask whether the team can have four spaces in the staff car park on a rota. No change to office days for now.
---
Supplier review: {D} compared the three cleaning companies that quoted. The cheapest is about {money2} a month less than the current one, but their references were mixed. We agreed to stay with the current company for another year and ask them to fix the issues with the bins and the kitchen floor.
---
Action items from last time: {A} did send the updated price list to the shop. {B} has not yet finished the volunteer handbook because of sick leave; new deadline is {day}. {C} fixed the door code problem. The signage for the car park is still outstanding and has been carried over again.
"""

MEETING_CLUB = r"""
Treasurer's report: {A} reported a balance of {money} in the club account after paying the hall hire for the year. Membership fees are slightly down because {n} members did not renew. {A} will send a friendly reminder and ask leavers, if they are willing, to say why they left.
---
Summer fair: The fair is booked for the second Saturday in {month} on the green by {street}. {B} has confirmed the bouncy castle and the ice cream van. We still need volunteers for the tombola, the cake stall and setting up the tables at eight in the morning. {C} will put up a sign-up sheet in the library.
---
Allotment water supply: The tap at the far end of the site has been leaking since spring. {D} got a quote of {money2} to replace the pipe. The committee agreed to go ahead, but asked plot holders to stop using hoses on hot afternoons so the tank does not run dry before the repair.
---
Junior section: Numbers at the under-tens session have doubled since the school visit. {B} said we now need at least one more qualified coach on {day} evenings, otherwise we will have to start a waiting list. Two parents have offered to help; {A} will look into the cost of the coaching course for them.
---
Hall bookings: The village hall committee has put the hire fee up by ten percent from {month}. {C} pointed out that we use the hall every week, so this adds up. We agreed to ask for a regular-user discount and, failing that, to look at the room above the pub in {town}.
---
Litter pick: Last month's litter pick on {street} collected {n2} bags. Thanks to everyone who came. The council has offered to lend us more grabbers and hi-vis vests. Next pick: {day} at ten, meeting outside the post office. {D} will bring tea and biscuits.
---
Kit and equipment: Several of the nets are torn and one of the goals is rusting at the base. {A} found replacement nets online for about {money} each. {B} suggested asking the hardware shop in {town} to sponsor new kit in exchange for a banner. Both ideas approved.
---
Newsletter: {C} will edit the autumn newsletter and asked for short pieces by the end of {month}: a report on the quiz night, photos from the fair, and a reminder about the AGM. Anyone with news should send it to {C} directly, and pieces should be kept under two hundred words.
---
Safeguarding: {D} reminded everyone that all volunteers who work with children must have an up-to-date check. {n} people's checks expire this year, and {D} will contact them individually. We also need to replace the first aid kit in the store room, which is missing plasters and gloves.
---
Book group: The group has read {n} books so far this year and attendance is steady at about a dozen. {A} proposed reading one non-fiction book every season to mix things up. The next meeting is on {day2} at the café on {street}, and the book will be chosen by a quick vote on the group chat.
---
Open day: We want to hold an open day in {month} to recruit new members. {B} suggested short taster sessions every half hour so people can drop in. {C} will design a simple flyer and {D} will ask the local radio station in {town} whether they would mention it.
---
Election of officers: {A} is stepping down as chair after four years and was thanked warmly for four years of hard work. {B} was nominated and agreed to stand. {C} will continue as secretary. The treasurer role is still open; anyone interested should speak to a committee member before the AGM.
---
Complaints from neighbours: Two residents on {street} complained about cars parked on the verge during Sunday matches. The committee agreed to remind players to use the car park behind the church, and {D} will put a polite note on the website and the noticeboard.
---
Christmas event: Quotes for the Christmas meal came in between {money} and {money2} per person. Most people preferred a cheaper buffet in the clubhouse with a quiz. {B} will book a date in mid-December and ask members to bring a small wrapped gift for a secret Santa.
"""

NEWSLETTER = r"""
Road works on {street}: The water company will be replacing pipes along {street} from {day} for about three weeks. The road will be closed to through traffic between nine and four, but residents will still be able to reach their driveways. The number 12 bus will use a diversion via the high street during this time.
---
Library news: The library in {town} is extending its opening hours on Thursdays until seven in the evening, starting in {month}. There is a new toddler rhyme time on {day} mornings and a homework club for secondary pupils after school. Volunteers are always welcome to help shelve books for an hour or two a week.
---
Bake sale success: A huge thank you to everyone who baked, bought or helped at the bake sale. We raised {money}, which will go towards new playground equipment. The lemon drizzle cakes sold out in twenty minutes, so bakers, please take note for next time.
---
Lost and found: A set of keys on a blue lanyard was found near the bus shelter on {street} last week. A child's red scooter has also been handed in at the corner shop. If either belongs to you, pop into the shop and describe it to {A}, who is kindly keeping them safe.
---
Meet your neighbour: This month we chatted with {A} {B_surname}, who has lived on {street} for {n2} years and still remembers when the field behind the school was an orchard. These days the Tuesday knitting circle is the big passion, and newcomers, we are told, are always welcome, even if they have never held a needle.
---
Recycling changes: From {month}, glass will be collected every other week instead of weekly, on the same day as paper and card. The council will deliver new boxes to every household. Please rinse jars and bottles and remove lids, as lids in the glass box cause problems at the sorting centre.
---
Community café: The community café in the old chapel is now open on {day}s from ten until two. Everything is made by volunteers, prices are kept low, and there is a pay-it-forward board where you can buy a coffee for someone who needs it. The café is also looking for someone to help with the accounts.
---
Speed watch: Residents have been worried about cars speeding past the primary school. The speed watch group recorded {n2} vehicles over the limit in one morning. The police have agreed to visit more often, and the parish is looking into a flashing sign. New volunteers need a short training session.
---
Garden club: The garden club's next talk is on growing fruit in small spaces, given by {C}, who grows grapes on a north-facing balcony. Tea and cake are included. Members pay nothing; visitors are asked for a small donation. The plant swap table will be out as usual, so bring any spare seedlings.
---
Health walk: Every {day} at half past nine, a gentle one-hour walk leaves from the car park by the church. The route is flat and suitable for people who are recovering from illness or who have not exercised for a while. Walkers usually finish with a coffee. No need to book, just turn up in comfortable shoes.
---
Youth club: The youth club has reopened in the scout hut on {street} for eleven to sixteen year olds. There is pool, table tennis, a games console and, most importantly, a warm room with snacks. The club runs on {day2} evenings and is free. Parents who can spare an evening a month are needed as helpers.
---
Flood preparation: After last winter's flooding in the lower part of the village, the council has left a supply of sandbags in the shed behind the village hall. {D} holds the key. If you live near the brook, consider signing up for the free flood warning text messages, which give a few hours' notice.
---
New business: A small bakery has opened in the old bank building on the high street. The owners, who moved here from {town}, bake sourdough and rye every morning and sell out by midday on Saturdays. They have offered a discount to anyone who mentions this newsletter in the first month.
---
Church bells: The bell ringers would love to hear from anyone who would like to learn. No musical ability is needed, just a bit of patience and the willingness to climb some steps. Practice is on {day} evenings. The tower will also be open for visits on the heritage weekend in {month}.
---
Quiz night: The annual quiz night is on {day2} {month} in the village hall. Teams of up to six, {money} per person including a ploughman's supper. There will be a picture round, a music round and the famous local history round that nobody ever gets right. Book a table with {B} at the post office.
---
Bus timetable: The Sunday bus to {town} will now run every two hours instead of every three, following a campaign by residents. The first bus leaves at eight fifteen. The timetable is posted in the shelter and on the notice board outside the shop, and paper copies are available from the library.
---
Defibrillator: The defibrillator on the wall of the old phone box was checked last month and is working. A free session on how to use it, and on basic life support, will be held in the hall on {day} at seven. It lasts about an hour and a half, and no previous knowledge is needed.
---
Allotments available: Two half plots have become available at the {street} allotments. Rent is {money2} a year and includes water. The plots have been cleared, and one has a small shed. Anyone on the waiting list will be contacted first, but it is worth putting your name down even if the list looks long.
---
Dog fouling: We are sorry to have to mention this again, but there has been a rise in dog mess left on the footpath by the playing field. There are two bins at either end of the path. Most dog owners are very responsible, and we ask everyone to help keep the path pleasant for children walking to school.
---
Christmas lights: The Christmas lights committee is already planning for this year and needs help with fundraising. They hope to add lights to the trees along {street}. A raffle will be held at the autumn fair, with prizes donated by local businesses, including a meal for two at the pub and a hamper from the farm shop.
"""

LETTER_OPEN = r"""
Dear {R},

I hope this finds you well and that the weather where you are is kinder than it has been here. It has been far too long since I last wrote properly, so I thought I would sit down this evening with a cup of tea and tell you everything.
---
Hi {R},

Sorry for the long silence! Things have been hectic, but I have been thinking about you a lot and wanted to send a proper update rather than another quick message.
---
Dear {R},

Thank you so much for your lovely card and the photos. They are now stuck on the fridge where everyone can see them. Here is my news, in no particular order.
---
Dearest {R},

It was wonderful to hear your voice on the phone last week, even if the line kept cutting out. I promised I would write, so here it is, a real letter at last.
---
Hello {R},

I am writing this on the train to {town}, so forgive the wobbly parts. I have a couple of hours with nothing to do, which is the perfect excuse to catch up with you.
---
Dear {R},

Happy belated birthday! I hope you had a good day and that somebody baked you a proper cake. I meant to write before, but the month ran away from me.
"""

LETTER_BODY = r"""
The garden is finally looking like a garden. The beans have climbed right to the top of the canes and the tomatoes are ripening faster than we can eat them. I have been giving bags of them to the neighbours, who now hide when they see me coming. The only disappointment is the courgettes, which rotted in all that rain.
---
Work is steady. I moved to a new team in {month}, and the people are kind, although the commute is longer. I have started listening to audiobooks on the bus, which makes it feel less like wasted time. At the moment I am halfway through a very long book about the history of salt, of all things, and enjoying it more than I expected.
---
The children are growing up too fast. {C} has started secondary school and suddenly wants to be dropped off around the corner so nobody sees me. {D} has taken up the trumpet, and I have been told that the neighbours are "very supportive". I am not sure that is true, but they have been polite about it so far.
---
We finally took the trip to the coast that we had been talking about for years. We rented a little cottage near {town} for a week. It rained for three days, but the other four were glorious, and we spent them walking along the cliffs and eating chips on the harbour wall while the gulls watched us.
---
My knee has been playing up again, so I am seeing a physiotherapist every other {day}. She has given me a list of exercises that I do faithfully for about three days after each appointment and then forget. I am told swimming would help, so I have bought a swimming cap and am working up the courage.
---
You will not believe this, but {A} from the old house on {street} got in touch out of the blue. Now living in {town}, with three grandchildren! We met for lunch and talked for four hours. It was as if no time had passed at all, apart from the grey hair on both sides.
---
We have a new addition to the family: a rescue cat called Biscuit. She is about six years old, missing half an ear, and has decided that the best place to sleep is on whatever piece of paper I am trying to read. She ignores everyone except {C}, whom she follows from room to room.
---
The house is in chaos because we are finally redoing the kitchen. For the last three weeks we have been cooking on a camping stove in the dining room and washing dishes in the bathroom sink. The builders promise it will be finished by the end of {month}. I am choosing to believe them.
---
I joined a choir! I have not sung since school, and I was terrified at the first rehearsal, but nobody seemed to mind my wobbly notes. We meet on {day} evenings in the church hall and are preparing for a concert at Christmas. I will send you a recording if it goes well, and pretend it never happened if it does not.
---
Mum is doing better since her operation. She is walking to the shop on her own again and complaining about the nurses, which we all take as a good sign. She asks after you often and says you still owe her a game of cards from last summer.
---
I have been trying to cook more from scratch. Last week I made bread for the first time in years. The first loaf could have been used as a doorstop, but the second was actually rather good. {D} ate half of it before it had cooled, which I took as a compliment.
---
The big news in town is that the old cinema on {street} is being turned into flats. There was a petition to save it, and I signed it, but I do not think it made much difference. It does feel strange to walk past and see the sign gone. We saw so many films there when we were young.
---
I have started volunteering at the food bank on {day2} mornings. It is hard work, mostly sorting tins and checking dates, but the people are lovely and I come away feeling useful. It has also made me much more careful about what I waste at home.
---
We have been talking about moving somewhere smaller now that the house feels so empty. Nothing is decided yet. Part of me loves the idea of less cleaning and a little garden, and part of me cannot imagine leaving the place where the children grew up. We will see what the next year brings.
---
The weather has been strange all year. We had snow in {month}, then a heatwave, then two weeks of fog so thick I could not see the end of the road. The farmers are worried about the harvest, and the man at the market says apples will be expensive this winter.
---
I finally learned to drive on the motorway, at my age! {B} sat beside me and was very patient, apart from one moment near the junction for {town} when a hand shot out to grab the door handle. I now drive to the big supermarket on my own and feel very pleased with myself every time.
"""

LETTER_CLOSE = r"""
Anyway, that is more than enough about us. Write back when you can and tell me all your news. Give my love to everyone.

With love,
{W}
---
I had better stop before this turns into a book. Do come and visit if you can, the spare room is always ready for you.

Warmest wishes,
{W}
---
That is all from here for now. Look after yourself, and let me know when you are next in the area.

Love always,
{W}
---
I will put this in the post tomorrow before I lose my nerve about the handwriting. Say hello to the family for me.

All the best,
{W}
"""
