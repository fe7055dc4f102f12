"""Long documents, part g: design docs, chat logs, articles, reviews and longer pieces.

Same block format as long_a.
"""

# ruff: noqa: E501  (hand-written prose: one request or paragraph per line)

from __future__ import annotations

RAW = r"""
=== design_doc
TASK: Review this design doc. What questions would you ask before approving it?
Design Doc: Photo Upload Limits for the Community Forum
Author: Kasia W. | Status: Draft | Reviewers: platform team, moderation lead

Problem
Forum members can attach photos to posts. At the moment there is no limit on file size or number of photos per post. Storage costs have tripled in a year, and some pages with many large photos take more than ten seconds to load on mobile. Moderators also report that reviewing posts with dozens of photos is slow.

Goals
- Keep storage growth under control.
- Make pages with photos load quickly on mobile.
- Avoid annoying normal members, most of whom post one or two photos.

Non-goals
- Video uploads (separate project).
- Changing how photos are moderated.

Proposal
1. Resize on upload. Every photo is resized so its longest side is at most 2,048 pixels and re-encoded as a high-quality JPEG or WebP. Originals are not kept. In testing this reduces average file size from 4.1 MB to 480 KB with no visible difference on phones or laptops.
2. Limit photos per post to 10. Data from the last six months shows that 97% of posts with photos have 3 or fewer, and only 0.4% have more than 10.
3. Lazy-load images below the first screen, and serve smaller thumbnails in thread listings.
4. Clear error messages. If someone tries to add an eleventh photo, show: "You can add up to 10 photos per post. Try splitting them across a few posts."

Rollout
Resize-on-upload and lazy loading first (no visible change for members). Two weeks later, announce and enable the 10-photo limit. Existing posts are not changed.

Risks
- Some hobby groups (for example, the model railway group) post detailed photo series. They may be unhappy with the limit. Mitigation: talk to group moderators before launch; consider a higher limit for specific groups later.
- Resizing removes location data (EXIF). This is actually a privacy improvement, but some members may have relied on it.

Open questions
- Should we keep originals for 30 days in case of problems?
- Do we need a different limit for moderators?
=== chat_log
TASK: Summarise this group chat: what did they agree, and who is bringing what?
[Family group chat - "Grandma's 90th 🎉"]

Aunt Rosa: Ok everyone, the party is Sunday 14th at our house, 1pm. Grandma thinks it's just lunch with me so DON'T tell her!!
Marco: 🤐 my lips are sealed
Lucia: What do you need us to bring?
Aunt Rosa: I'm doing the lasagne and the salad. Could someone do dessert? And drinks?
Lucia: I'll make the tiramisu, her favourite
Marco: I can bring drinks. Wine, juice, sparkling water. How many people?
Aunt Rosa: About 22 with the kids
Uncle Gio: I'll bring chairs from the club, we don't have enough
Sofia: I can do decorations! Balloons and a banner. Is gold ok?
Aunt Rosa: Gold is perfect, she'll love it
Marco: What about a cake? Tiramisu isn't really a birthday cake 😅
Lucia: Fair. I'll order a small cake from Pasticceria Bruno too, with "Buon compleanno Nonna"
Sofia: Also someone should print old photos?? We could do a photo wall
Uncle Gio: I have the albums, I'll scan some this week
Aunt Rosa: You're all amazing. Arrive by 12:30 please so we're all there when she comes. Gio is picking her up at 12:45
Marco: Parking?
Aunt Rosa: Park on Via Verdi, not outside the house or she'll see the cars!
Lucia: Haha good thinking
Sofia: Gift - are we doing one together?
Aunt Rosa: Yes, let's do a weekend at the spa in Montecatini for her and her sister. €40 each from the adults? I'll send my bank details privately
Marco: 👍
Lucia: Perfect ❤️
=== chat_log
Slack thread - #website-redesign

Hana (10:02): Morning! The new homepage mock-ups are in the shared folder. Three options: A (big photo), B (carousel), C (simple text + search). Feedback by Wednesday please 🙏
Dev (10:15): Had a quick look. A is beautiful. B - please no more carousels, nobody clicks past the first slide 😅
Hana (10:16): Ha, noted. Marketing asked for it
Lotte (10:31): I like C for accessibility and speed. Our analytics say 60% of visitors use the search box first anyway
Dev (10:33): Could we combine A and C? Smaller photo, search box front and centre?
Hana (10:40): Yes, that's doable. I'll make a "D" 🙂
Sam (11:05): From the support side: please keep the "Contact us" link in the top bar. When we hid it last year, calls went up because people couldn't find the form
Hana (11:07): Good point. Adding it to the requirements list
Lotte (11:20): One more thing: the grey text on option A fails contrast. Should be at least #595959 on white
Hana (11:22): Thanks, will fix in D
Marketing - Ines (13:48): Just catching up. We do need somewhere to show the spring campaign. If not a carousel, could it be a banner under the search box?
Hana (13:55): Yes! A single banner under the search, rotating manually each campaign. Everyone ok with that?
Dev (13:56): 👍
Lotte (14:01): 👍 as long as it has real text, not text baked into an image
Hana (14:03): Agreed. Will share D on Thursday
=== article
TASK: Write five quiz questions (with answers) for a school class, based on this article.
How Honeybees Make Decisions

When a honeybee colony grows too big for its hive, it splits. The old queen leaves with around half of the workers, and the swarm settles temporarily on a tree branch while it looks for a new home. What happens next is one of the most remarkable examples of group decision-making in nature.

A few hundred older bees, called scouts, fly out to search for possible nest sites, such as hollow trees. A good site needs a small entrance, a dry cavity of the right size (about 40 litres) and some height off the ground. When a scout finds a promising site, she returns to the swarm and performs a "waggle dance" on the surface of the cluster. The direction of the dance tells other bees the direction of the site relative to the sun, and the length of the waggle tells them how far away it is.

Crucially, the scouts dance with different enthusiasm depending on how good they think the site is. A scout who has found an excellent site dances many times; one who has found a mediocre site dances only a few times. Other scouts follow the dances, visit the sites themselves and, if they agree, start dancing for them too. Over time, support for the best site grows, while support for weaker sites fades, because scouts gradually stop dancing for any site.

When enough scouts are gathered at one site at the same time - about 15 to 20 bees - they sense that a "quorum" has been reached. They return to the swarm and make a piping sound that tells the other bees to warm up their flight muscles. Within an hour, the whole swarm of ten thousand bees lifts off and flies to its new home.

Researchers who studied this process found that swarms usually choose the best available site. They have compared it to a well-run meeting: many options are explored, the evidence is checked independently, enthusiasm is proportional to quality, and a decision is made only when enough independent voices agree. Some have even suggested that human committees could learn from it.
=== article
The Surprising History of the Sandwich

The sandwich is usually credited to John Montagu, the Fourth Earl of Sandwich, an eighteenth-century English aristocrat. According to a popular story, he was so devoted to the card table that he refused to stop for meals and asked for meat to be served between two slices of bread, so he could eat with one hand and keep playing. Other gamblers began to ask for "the same as Sandwich", and the name stuck.

The story may not be entirely fair to the earl. Some historians point out that he was a hard-working politician and naval administrator, and it is just as likely that he ate his sandwiches at his desk while working. Either way, the name appears in English writing by the 1760s.

Of course, people had been putting food between or on top of bread long before the earl was born. In many cultures bread has been used as a plate, a spoon or a wrapper for thousands of years. In medieval Europe, thick slices of stale bread called trenchers were used as plates, and the gravy-soaked bread was eaten afterwards or given to the poor. Flatbreads wrapped around fillings are ancient in the Middle East and South Asia.

The sandwich became truly popular in the nineteenth century, as cities grew and working people needed cheap, portable food. By the twentieth century, sliced bread, factory lunches and school lunchboxes had made it a daily meal for millions. Today, supermarkets in Britain alone sell billions of pre-packed sandwiches a year.

Every country seems to have its own version: the Vietnamese banh mi, the Italian panino, the Cuban sandwich, the Danish smørrebrød, the Japanese katsu sando. Each one tells a story about the history and ingredients of its place. The earl, whatever he was doing when he ordered his beef between bread, could hardly have imagined it.
=== reviews
TASK: Summarise these customer reviews: overall sentiment, the most common praise and the most common complaint.
Customer reviews - "Evergreen" insulated water bottle, 750 ml

★★★★★ "Keeps my water cold all day, even in the car in summer. Lid doesn't leak in my bag. Love the sage green colour." - Priya

★★★★☆ "Great bottle, but it's heavier than I expected. Fine for the office, maybe not for long hikes." - Tomasz

★★☆☆☆ "The paint started chipping after two weeks. It still works, but it looks tatty already. Disappointed at this price." - Helen

★★★★★ "Third one I've bought - one for me, my partner and my son. Dishwasher safe (top rack) which is a big deal for us." - Marcus

★★★☆☆ "Keeps drinks cold brilliantly. But the opening is too narrow for ice cubes from my freezer tray. Had to crush them." - Aiko

★★★★★ "I drink so much more water since I got this. Sounds silly, but it's true. The handle on the lid is really handy." - Grace

★★☆☆☆ "Lid cracked when I dropped it on the pavement. The steel bottle was fine but the lid is plastic and the replacement costs £8." - Ben

★★★★☆ "Hot tea stays hot for about 8 hours, which is great for early shifts. Wish the lid had a cup for pouring." - Nia

★★★★★ "Solid, simple, no nonsense. Exactly what I wanted." - Olu

★★★☆☆ "Good bottle but the paint chipped on the bottom after a month. Customer service sent me a new one quickly though, so credit to them." - Sara
=== article
TASK: Turn this article into a short explainer for 10-year-olds (about 150 words).
Why Do We Have Leap Years?

Most years have 365 days, but every four years we add an extra day, 29 February. Why?

The answer is that the Earth takes slightly longer than 365 days to travel once around the Sun. One full orbit, measured from one spring equinox to the next, takes about 365.2422 days - roughly 365 days and six hours. Those extra six hours don't sound like much, but they add up. After four years, the calendar would be almost a whole day ahead of the seasons. After a century, it would be about 24 days out, and after a few hundred years, the calendar would say it was summer when it was really spring.

The Roman leader Julius Caesar introduced a simple fix in 46 BC: add one extra day every four years. This "Julian calendar" worked well, but not perfectly. A leap day every four years adds an average of six hours a year, which is about 11 minutes too much. Over centuries, those minutes added up too. By the 1500s, the calendar had drifted about ten days away from the seasons, which caused problems in working out the date of Easter.

In 1582, Pope Gregory XIII introduced a refined version, now called the Gregorian calendar, which most of the world uses today. The rule is: a year is a leap year if it is divisible by 4, except for years divisible by 100, unless they are also divisible by 400. So 1900 was not a leap year, but 2000 was. This keeps the calendar accurate to within about one day every 3,000 years.

Different countries adopted the new calendar at different times. Britain and its colonies switched in 1752, by which time they had to skip eleven days: 2 September was followed directly by 14 September. According to some accounts, people were confused and annoyed, although stories of riots about "lost days" are probably exaggerated.
=== policy
TASK: I'm a new member of staff. Based on this policy, what do I need to do if I'm going to be off sick?
Absence and Sickness Policy - Summary for Staff
Brightside Care Services

1. Why this policy matters
Our clients depend on reliable care. When someone is absent, we need to know as early as possible so we can arrange cover. This policy explains what to do if you are unwell and what support you can expect.

2. Reporting absence
If you are unable to work because of illness, you must phone your line manager (not text or email) at least two hours before the start of your shift, or as soon as possible if you become ill suddenly. If your manager is unavailable, call the on-call coordinator on the number in your staff handbook. Tell us why you are unwell, how long you expect to be off, and whether any shifts or visits need urgent handover.

3. Keeping in touch
If you are off for more than one day, please call your manager each morning, unless you agree a different arrangement. We will not ask for more medical detail than we need.

4. Evidence
For absences of up to seven calendar days, you will complete a self-certification form on your return. For longer absences, you will need a fit note from your doctor.

5. Return to work
After any absence, you will have a short return-to-work conversation with your manager. This is a supportive meeting to check that you are well enough to work and to discuss any adjustments you may need. It is not a disciplinary meeting.

6. Infection control
Because many of our clients are vulnerable, you must not work while you have symptoms of vomiting or diarrhoea, and for 48 hours after symptoms stop. If you have flu-like symptoms, speak to your manager before your next shift.

7. Sick pay
You will receive statutory sick pay if you are eligible. After one year of service, you are also entitled to company sick pay as set out in your contract.

8. Support
Our employee assistance programme offers free, confidential counselling and advice, 24 hours a day. Details are on the staff noticeboard and in the app.
=== article
Travel Guide Extract: A Day in Porto

Porto rewards walkers, although its hills will test your legs. Start early in the Ribeira district, down by the Douro River, where colourful houses crowd the riverbank and the morning light catches the tiles. Cafés open early; order a galão (a milky coffee in a tall glass) and a pastel de nata, the city's beloved custard tart.

From Ribeira, walk across the lower deck of the Dom Luís I Bridge, a two-level iron bridge completed in 1886, to Vila Nova de Gaia on the other side. This is where the port wine lodges are. Many offer tours and tastings, and some of the older cellars have barrels more than a century old. Book ahead in summer. If you'd rather not drink, the riverside promenade is lovely in its own right, with views back across the water to the old town.

For the return, take the cable car up the hill in Gaia and walk back across the top deck of the bridge, which is shared with the metro. The views are spectacular, especially late in the afternoon.

Back in the centre, visit São Bento railway station, even if you're not taking a train. Its entrance hall is covered in around 20,000 blue-and-white tiles showing scenes from Portuguese history. Nearby, the Livraria Lello bookshop is famous for its carved wooden staircase; it is very popular, and there is an entry fee, which can be deducted from the price of a book.

For lunch, try a francesinha, Porto's famously heavy sandwich, layered with meats, covered in melted cheese and soaked in a spicy tomato and beer sauce. It is not a light meal. Vegetarian versions are increasingly available.

In the evening, head to the Jardins do Palácio de Cristal for sunset over the river, then find a small tasca for grilled sardines or octopus and a glass of vinho verde. End the day with a slow walk down to the river, where musicians often play along the quay.
=== transcript
TASK: Write the follow-up email the manager should send after this one-to-one, with the agreed actions.
Transcript (auto-generated) - One-to-one meeting: Li (manager) and Aaron

LI: Thanks for making time. How are things going generally?

AARON: Mostly good. Busy. The migration project is taking more of my time than I expected.

LI: Yeah, I've noticed you online late a few times. Is the workload okay?

AARON: Honestly, it's a bit much at the moment. I'm doing the migration and still covering the support rota two days a week.

LI: Okay, thanks for telling me. Let's look at that. Could someone else take one of your support days for the next month?

AARON: Maybe Ruth? She said she wanted more support experience.

LI: Good idea. I'll ask her today. If she agrees, you'd just do Thursdays until the migration is finished.

AARON: That would help a lot.

LI: How's the migration itself?

AARON: The database part is done. The tricky bit is the reporting system - there are about thirty old reports and nobody knows which ones are still used.

LI: Could we check the logs to see which reports have been run in the last six months?

AARON: I could, yes. That would probably cut the list in half.

LI: Great. And anything you can't work out, send me the list and I'll ask the department heads.

AARON: Okay.

LI: Last thing - your review is coming up next month. Anything you want to talk about in it?

AARON: I'd like to talk about the team lead role that's being advertised. I'm interested.

LI: I'm really glad to hear that. Let's talk about it properly in the review. In the meantime, maybe you could lead the next sprint planning, to get some experience?

AARON: Sure, I'd like that.

LI: Brilliant. Thanks, Aaron.
=== poem
TASK: Analyse this poem: what is it about, what images does it use, and how does the form support the meaning?
Allotment, November
(a poem I wrote for my creative writing class)

The last beans hang like brown paper,
rattling their small change of seeds.
The shed door sticks. It always sticks.
My father's gloves are on the nail
where he left them in the spring,
stiff now, still holding the shape
of holding.

I pull the frosted stalks of the courgettes,
turn the bed with his spade,
which is too heavy for me
and exactly the right weight.
A robin comes, as they do,
to see what the earth gives up:
a worm, a stone, a ring-pull,
a green glass marble from another century.
I put the marble in my pocket.
I leave the ring-pull where it lies.

I didn't want this plot.
I told the committee I'd give it back
in March. Then it was May,
and the potatoes came up anyway,
not knowing. Then it was August
and there were more tomatoes than I could give away.
The neighbours left me jam in return,
and advice I didn't ask for,
and once, a cutting of his rhubarb
that they had taken years ago.

Now the light goes at four.
I lock the shed. I leave the gloves.
Next year I'll plant the sweet peas by the fence
where he always did,
and I'll forget, again, to stake them,
and they'll climb anyway,
holding on to whatever is there.
=== design_doc
Technical Proposal: Moving the Newsletter from Manual Emails to a Mailing List Service
Prepared for: Riverside Allotment Society committee
Author: Dev (treasurer and reluctant IT person)

Current situation
At the moment, our monthly newsletter is written in a word processor, exported as a PDF and emailed by the secretary from her personal email account to 186 members, in batches of 40 because her email provider limits the number of recipients. This takes her about an hour each month. Several members say they never receive it, probably because it goes to spam. When members change their email addresses, they have to tell the secretary, who updates a spreadsheet.

Proposal
Use a free or low-cost mailing list service designed for newsletters. Most of these offer free plans for up to 500 or 1,000 subscribers.

Benefits
- The secretary writes the newsletter once in the service's editor (or pastes it in) and sends it to everyone in one go.
- Emails come from a proper sending service, so fewer go to spam.
- Members can subscribe, unsubscribe and update their details themselves, using a link in every email.
- We can see roughly how many people open the newsletter, which helps us know whether it's worth the effort.
- The newsletter is readable on phones, rather than as a PDF attachment.

Things to consider
- Data protection: we'd be storing members' names and email addresses with a third party. We need to choose a service that is compliant with data protection law, update our privacy notice and tell members.
- Some older members like the PDF because they print it. We can keep a PDF link at the top of each email.
- Someone needs to learn the new tool. I'm happy to set it up and show the secretary and one other person.

Cost
Free for our size on most services. If we want to remove the service's logo from the bottom of emails, paid plans start at about £8 a month, which I don't think is necessary.

Recommendation
Trial a free mailing list service for three months, starting with the April newsletter, alongside the existing emails for the first month in case anything goes wrong. Review at the July committee meeting.
=== article
TASK: Fact-check this short article as best you can and point out anything that sounds doubtful.
Five Things You Didn't Know About Octopuses

1. They have three hearts. Two hearts pump blood through the gills, where it picks up oxygen, and a third pumps it around the rest of the body. Curiously, the main heart stops beating when the octopus swims, which may be one reason octopuses prefer crawling.

2. Their blood is blue. Octopus blood uses a copper-based protein called haemocyanin to carry oxygen, rather than the iron-based haemoglobin that makes our blood red. Haemocyanin works better in cold water with little oxygen.

3. Most of their neurons are in their arms. An octopus has around 500 million neurons, and about two-thirds of them are in its eight arms. Each arm can taste, touch and react to its surroundings with a surprising degree of independence.

4. They are masters of disguise. Octopuses can change the colour and texture of their skin in a fraction of a second, using special cells called chromatophores. Some species can imitate other animals, such as lionfish or sea snakes, to scare away predators.

5. They live fast and die young. Most octopuses live only one to two years. Females guard their eggs without eating, often for months, and usually die soon after the eggs hatch. One deep-sea octopus was observed guarding her eggs for four and a half years, the longest brooding period known for any animal.

Bonus fact: an octopus can fit through any hole larger than its beak, which is the only hard part of its body. Aquarium keepers have many stories of octopuses escaping from their tanks overnight.
=== report
TASK: This is a long postmortem. Pull out (1) the root cause in one sentence, (2) the customer impact, and (3) the action items with owners.
Postmortem: Delayed Order Confirmation Emails
Date of incident: Tuesday 4 June | Duration: about 6 hours | Severity: 3 (degraded service)
Authors: Messaging team | Status: Final | Blameless review

Summary
On Tuesday 4 June, order confirmation emails for the online shop were delayed by between 20 minutes and 6 hours. Orders were processed and shipped normally; only the emails were late. Around 2,900 customers were affected. Support received 214 contacts from customers asking whether their order had gone through, and 37 customers placed duplicate orders, which were refunded.

Background
When a customer places an order, the shop service publishes an "order placed" event to a message queue. The notifications service reads events from the queue, builds the email from a template and sends it through our email provider. The notifications service normally runs two workers, which is more than enough for peak traffic.

Timeline (all times local)
- 08:05 A routine release of the notifications service is deployed. It includes a change to the email template to add a "track your order" button.
- 09:30 Queue length for order events begins to rise slowly. No alert fires because the alert threshold is 10,000 messages.
- 11:40 A support agent posts in the support channel that several customers say they haven't received confirmation emails.
- 11:55 The on-call engineer starts investigating. The notifications service looks healthy: no errors, normal CPU.
- 12:20 The engineer notices the queue length is 8,600 and rising. Processing time per email has gone from about 150 ms to about 1.9 seconds.
- 12:45 Profiling shows that the new template fetches a tracking link from the shipping service for each email. The shipping service endpoint being called is slow, taking 1.5-2 seconds per request, because it was designed for occasional use by the website, not for bulk calls.
- 13:05 The team decides to scale the notifications service from 2 to 12 workers as a short-term fix. The queue starts to fall.
- 13:50 The shipping service team reports increased load from the extra calls and asks for the worker count to be reduced. Workers reduced to 8.
- 14:10 A hotfix is prepared that removes the tracking link from the template and replaces it with a link to the customer's order page, which does not require a call to the shipping service.
- 14:35 Hotfix deployed. Processing time returns to about 150 ms.
- 15:20 Queue back to normal. Workers returned to 2.
- 15:30 Incident closed.

Root cause
The new email template made a synchronous call to a slow shipping service endpoint for every email. This increased the processing time per email more than tenfold, so the two workers could no longer keep up with incoming orders, and a backlog built up.

Contributing factors
- The template change was reviewed as a "content" change, and the reviewers did not notice that it added a network call.
- Load testing for the notifications service only tests the sending path, not template rendering.
- The queue length alert threshold was too high to catch a slow build-up during normal traffic.
- The shipping service endpoint has no documentation about expected load.

What went well
- Support spotted the problem quickly and escalated it.
- Scaling up workers reduced the backlog while the fix was prepared.
- The shipping team responded quickly when their service came under extra load.

What went less well
- It took about 3.5 hours from the start of the backlog until anyone noticed.
- The on-call engineer initially looked for errors and didn't see any; slow processing with no errors was harder to spot.

Action items
1. Lower the queue length alert threshold to 1,000 and add an alert on message age (older than 5 minutes). Owner: Messaging team. Due: 14 June.
2. Add template rendering to the notifications service load test. Owner: Messaging team. Due: 28 June.
3. Update the code review checklist to flag new network calls in templates. Owner: Engineering enablement. Due: 21 June.
4. Document the expected load and rate limits for the shipping service's public endpoints. Owner: Shipping team. Due: 28 June.
5. Add a support macro explaining that orders are confirmed even when the email is delayed, and showing customers how to check their order page. Owner: Support lead. Due: 10 June.
6. Investigate whether the shop should prevent duplicate orders placed within a few minutes with identical baskets. Owner: Shop team. Due: next quarter planning.

Lessons
Changes that look like content can change performance. Slow services without errors need their own alerts.
=== article
TASK: Rewrite this local news article as a short radio bulletin (about 60 seconds read aloud).
Village Shop Saved by Community Buy-Out

Residents of Lower Ashby have bought their village shop after a year-long campaign, securing its future as a community-owned business.

The shop, which also houses the village post office, was put up for sale last spring when its owners, Brian and Maureen Hollis, announced their retirement after 31 years. With no buyer coming forward, villagers feared it would close, leaving the nearest shop five miles away in a town with a bus service only three times a day.

A group of residents set up a community benefit society and sold shares at £25 each. More than 340 people bought shares, including some who had moved away from the village years ago. Together with a grant from a rural community fund and a small loan, the society raised £215,000, enough to buy the building and stock and to carry out repairs to the roof.

"People kept saying, 'Someone should do something,'" said Jenny Marsh, chair of the new society. "In the end, we realised that someone was us."

The shop will reopen on Saturday with a new café corner, a shelf of local produce and extended opening hours on weekday evenings. Brian and Maureen Hollis will cut the ribbon. A paid manager has been appointed, supported by a rota of around 40 volunteers.

"It's not just a shop," Mrs Hollis said. "It's where you find out who's had a baby, who needs a lift to the hospital, who's lost a cat. I'm so pleased it will carry on."

The society says any profits will be reinvested in the shop or in other projects in the village.
=== essay
TASK: Suggest three ways to improve the conclusion of this essay.
Is Remote Work Here to Stay?

Before 2020, working from home was a perk enjoyed by a minority of office workers. Then, almost overnight, it became the norm for millions. Now that offices have reopened, employers and employees are still arguing about what the future should look like. This essay argues that some form of remote work is here to stay, but that the fully remote model will remain limited to certain jobs and people.

The case for remote work is strong. Employees save time and money on commuting, which for some people amounts to hours each day. Many report better concentration, fewer interruptions and more time with their families. Employers can hire from a wider area and, in some cases, reduce office costs. For disabled people and carers, remote work can make employment possible where it wasn't before.

However, remote work has costs too. Junior employees often learn by watching and asking more experienced colleagues, which is harder over video calls. Collaboration on creative or complex problems can suffer. Some people feel isolated, and the boundary between work and home can disappear. Managers worry about fairness when some staff are in the office and others are not.

For these reasons, most organisations have settled on hybrid arrangements, with employees spending two or three days a week in the office. This model seems likely to last, because it offers a compromise: flexibility for employees and some in-person time for teamwork and training.

In conclusion, remote work will continue in some form. It has many benefits and also some drawbacks. Organisations should think carefully about what works for them.
=== transcript
Podcast show notes and partial transcript - "The Curious Kitchen", Episode 88: Fermentation for Beginners

Show notes: This week, Amara talks to microbiologist and home fermenter Dr Felix Brandt about sauerkraut, kimchi, kombucha and why fermentation isn't as scary as it sounds. Felix explains what's actually happening in the jar, how to tell good bubbles from bad smells, and shares his two-ingredient sauerkraut recipe.

Partial transcript:

AMARA: Felix, let's start with the basics. What is fermentation?

FELIX: In food, it usually means letting microbes - bacteria or yeasts - change the food. In sauerkraut, lactic acid bacteria that are naturally on the cabbage eat the sugars and produce lactic acid. That acid makes the cabbage sour and also preserves it, because most harmful bacteria can't grow in that acidic environment.

AMARA: So it's basically controlled spoiling?

FELIX: (laughs) That's one way to put it. I prefer "controlled transformation". The key is to create conditions that favour the good microbes: the right amount of salt, no oxygen, and a reasonable temperature.

AMARA: Give us the two-ingredient recipe.

FELIX: Cabbage and salt. Shred one cabbage finely, weigh it, and add 2% of that weight in salt - so 20 grams for a kilo of cabbage. Massage it with your hands for five to ten minutes until it's wet and limp. Pack it tightly into a clean jar, pressing down until the liquid covers the cabbage. Put a weight on top to keep it under, cover loosely, and leave it at room temperature for one to four weeks. Taste it from day five.

AMARA: What if something grows on top?

FELIX: A thin white film on the surface is usually a harmless yeast called kahm; you can skim it off. Fuzzy mould in blue, green or black, or anything that smells truly rotten rather than sour, means throw it away. When in doubt, throw it out.

AMARA: And the health claims? Everyone says fermented foods are good for your gut.

FELIX: There's promising research, and fermented foods are part of many healthy traditional diets. But be careful with big claims. Enjoy them because they're delicious, and any benefit is a bonus.
=== article
TASK: Make a glossary of the technical terms in this article, with simple definitions.
How a Heat Pump Warms Your Home

A heat pump can feel like magic: on a cold day, it takes heat from the outside air and moves it into your home. How can there be any heat to take when it's freezing outside?

The key is that even cold air contains heat energy. Anything above absolute zero (-273 °C) does. A heat pump doesn't make heat; it moves it from one place to another, like a fridge in reverse. A fridge takes heat from inside the box and releases it into your kitchen, which is why the back of a fridge feels warm.

Inside a heat pump is a liquid called a refrigerant, which boils at a very low temperature. In the outdoor unit, a fan blows outside air over pipes containing the cold refrigerant. Even on a cold day, the air is warmer than the refrigerant, so the refrigerant absorbs heat and evaporates into a gas.

The gas then goes to a compressor, which squeezes it. Compressing a gas makes it hotter - you may have noticed a bicycle pump getting warm. The hot gas flows to a heat exchanger, where it passes its heat to the water in your heating system or to the air in your home. As it cools, the refrigerant condenses back into a liquid. It then passes through an expansion valve, which lowers its pressure and temperature, and the cycle starts again.

The compressor and fans need electricity, but much less than the heat they move. A typical air-source heat pump delivers around three units of heat for every unit of electricity it uses. This ratio is called the coefficient of performance, or COP. A COP of 3 means the heat pump is about 300% efficient, compared with around 90% for a modern gas boiler.

Heat pumps work best with well-insulated homes and larger radiators or underfloor heating, because they produce lower-temperature heat than boilers, usually 35-55 °C. They work well below freezing, although the COP falls as the outside temperature drops.
"""
