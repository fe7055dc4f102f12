"""Long documents, part a: meeting minutes and reports.

Blocks start with "=== <genre>"; an optional first line "TASK: ..." gives the request (otherwise
the generator picks one that suits the genre). Names, places and figures are invented.
"""

# ruff: noqa: E501  (hand-written prose: one request or paragraph per line)

from __future__ import annotations

RAW = r"""
=== minutes
TASK: Extract the action items from these minutes as a table (owner, action, deadline).
Riverside Allotment Society - Committee Meeting
Date: Tuesday 9 April, 7:30 pm, Scout Hut
Present: Helen Marsh (Chair), Dev Patel (Treasurer), Moira Quinn (Secretary), Tom Okafor, Lucy Brennan
Apologies: Graham Hughes

1. Minutes of the last meeting
The minutes of the March meeting were approved without changes.

2. Treasurer's report
Dev reported a balance of £2,314. Plot rents for the year are now 92% collected; six plot holders have still not paid. Dev will send a final reminder letter by 20 April and, if there is no reply, the committee will discuss next steps in May. The water bill came in £140 higher than last year, probably because of the leak by the east gate, which has now been fixed.

3. Water troughs
Tom said two troughs on the lower path are cracked. A replacement costs about £85 each. The committee agreed to replace both. Tom will order them and arrange a work party on a Saturday morning to fit them.

4. Open day
The open day will be on Sunday 16 June, 11 am to 3 pm. Lucy offered to coordinate the plant sale and asked for volunteers to pot up seedlings in May. Moira will design a poster and ask the library and the café on Station Road to display it. Helen suggested inviting the primary school's gardening club to run a stall.

5. Bonfires
There were two complaints from neighbours about smoke in March. The committee reminded members that bonfires are only allowed between October and February, after 4 pm. Moira will put a notice on the noticeboard and include it in the next newsletter.

6. Any other business
Lucy reported that the shared wheelbarrows are often left out in the rain. It was agreed to buy a padlock for the tool shed and give the code to plot holders by email.

Next meeting: Tuesday 14 May, 7:30 pm.
=== minutes
Platform Team - Weekly Sync
Thursday, 10:00-10:40 (video call)
Attendees: Aiko (lead), Marcus, Femi, Jolene, Rahul; Sven joined late

Updates
- Marcus: finished moving the nightly reports job to the new scheduler. It now runs at 02:00 instead of 04:00, so reports are ready before the Sydney office starts. One failure on Tuesday because of an expired service account; renewed and added a calendar reminder for next year.
- Femi: the staging environment upgrade is 70% done. Database migration tested twice on a copy. Planning the cut-over for next Wednesday evening; will post in the channel two days before.
- Jolene: on-call was quiet apart from a disk alert on the logging server. Cleaned up old indexes, usage down from 91% to 63%. Suggested we set a retention policy of 30 days rather than keeping everything.
- Rahul: wrote the first draft of the runbook for certificate renewal. Wants reviews by Monday.

Discussion
Aiko raised that the team keeps getting ad-hoc requests through direct messages, which makes it hard to plan. Agreement to route all requests through the team's request form, with a weekly triage on Mondays. Aiko will announce this to the other teams.

Jolene's retention proposal: general support, but Sven pointed out that the finance team needs some logs for 90 days. Decision: 30 days by default, 90 days for the payments services. Jolene will draft the config change.

Action items
- Aiko: announce the request form and Monday triage (by Friday)
- Femi: post staging cut-over plan (by Monday)
- Jolene: draft log retention config (next sync)
- Everyone: review Rahul's runbook (by Monday)
=== minutes
TASK: Summarise these minutes in five bullet points for parents who missed the meeting.
Oakfield Primary School - Parent Teacher Association
Minutes of the meeting held on Wednesday 2 October in the school library

Present: Claire Dubois (Chair), Mr Adeyemi (Head Teacher), Sana Mirza, Peter Lund, Kasia Nowak, Ben Ford, and 11 other parents
Apologies: Julie Carter, Omar Haddad

Welcome
Claire welcomed everyone, especially the six parents attending for the first time. She explained that the PTA raises money for things the school budget does not cover, and that anyone can help as much or as little as they like.

Head Teacher's update
Mr Adeyemi thanked the PTA for last year's fundraising, which paid for the new playground markings and forty library books. He said the school would like help this year with replacing the staging in the hall, which is more than twenty years old and no longer safe. The estimated cost is £3,800.

Autumn fair
The autumn fair will be held on Saturday 23 November from 11 am to 2 pm. Stalls agreed so far: cakes, tombola, second-hand uniform, face painting and a book swap. Sana will coordinate the cake stall and asked for a rota of bakers. Peter suggested adding a hot chocolate stand because last year it was very cold; agreed. Kasia will ask local businesses for raffle prizes and will prepare a letter on PTA paper.

Uniform sale
Ben reported that the second-hand uniform sale in September raised £212 and cleared most of the stock. He will keep a box in the school office for donations throughout the year.

Communication
Several parents said they had missed messages because they were only posted on social media. It was agreed that all PTA news would also go in the school's weekly email. Claire will speak to the office about this.

Any other business
A parent asked whether the PTA could fund a Year 6 leavers' trip. Claire said the committee would consider it once the staging target is reached.

Date of next meeting: Wednesday 6 November, 7 pm, school library.
=== minutes
Harbour View Housing Co-operative
General Meeting - Minutes
Sunday 12 May, 4 pm, Community Room

Members present: 27 (quorum 20). Chair: Alinta Roberts. Minutes: Jorge Salas.

1. Repairs backlog
The repairs group reported 14 open jobs, down from 22 in March. The longest-running issue is the leaking roof above flats 31-34. Two quotes have been received (£6,200 and £7,900). The group recommends the lower quote, from a contractor who did good work on the bike shed last year. A member asked whether the work comes with a guarantee; the group confirmed a ten-year guarantee on the lower quote. Vote: 24 for, 0 against, 3 abstentions. Approved.

2. Garden
Members thanked the garden volunteers for the new raised beds. The garden group asked for a small budget of £300 for seeds, compost and a second water butt. Approved unanimously. Anyone who wants a bed should sign the list in the hallway.

3. Rent review
The finance group presented the annual rent review. Costs have risen, mainly insurance (+11%) and energy for the shared areas (+8%). The group proposes a rent increase of 3.5% from July, which is below inflation. Several members expressed concern about affordability; the group reminded everyone that the hardship fund is available and confidential. Vote: 19 for, 5 against, 3 abstentions. Approved.

4. New members
Two households have completed the membership process and were welcomed. The waiting list now has 41 households.

5. Noise
A member raised noise from late-night gatherings in the courtyard. It was agreed to remind everyone of the quiet-hours policy (11 pm to 7 am) by letter, rather than naming anyone.

AOB: The summer barbecue will be on 20 July. Volunteers needed.
Meeting closed at 5:45 pm.
=== minutes
TASK: What did the trustees decide about the heating, and who is responsible for following up?
Millbrook Village Hall - Trustees' Meeting
Monday 3 February, 7 pm, Committee Room

Trustees present: Rev. Anne Holloway (Chair), Derek Simms, Priya Natarajan, Margaret Lowe, Callum Fraser
In attendance: Jo Bright (Bookings Secretary)

Bookings
Jo reported that bookings for January were up on last year, mainly thanks to the new Tuesday yoga class and a regular Saturday children's party slot. The hall was used on 23 out of 31 days. Two bookings were cancelled because of the heating problem (see below), and deposits were refunded.

Heating
The boiler failed twice in January. The engineer has said it is 19 years old and parts are becoming hard to find. He provided a quote for a replacement condensing boiler at £4,450 installed. Callum asked about heat pumps; the engineer had estimated £11,000 to £14,000 with changes to radiators, which the hall cannot afford at present. Priya noted that the district council offers community building grants of up to £5,000 for energy-efficiency work. The trustees agreed to apply for the grant and, if successful, to replace the boiler in the spring. Priya will complete the grant application by 28 February. Derek will ask the engineer to keep the existing boiler running in the meantime and to put the quote in writing.

Accessibility
Margaret reported that the ramp at the side entrance is slippery when wet. The trustees agreed to buy anti-slip strips (around £60). Margaret will order and fit them.

Annual general meeting
The AGM will be held on Friday 18 April. Anne will prepare the annual report; Derek will prepare the accounts for independent examination.

Next meeting: Monday 3 March.
=== minutes
Marketing Stand-up - notes
Monday

Lena: newsletter went out Friday, open rate 41% (usual is 35%). Subject line with a question did better. Will try another question next week to see if it holds.
Karim: the spring campaign landing page is live but the sign-up form isn't sending confirmation emails. Ticket raised with web team, they think it's the template. Karim to chase today.
Bea: finishing the case study with the garden centre client. Waiting on their approval for two quotes. Photos done. Aim to publish Thursday.
Ola: out Wed-Fri, handing social scheduling to Lena. All posts for the week are in the planner except Friday's, which needs the event photo.

Blockers
- Confirmation emails (Karim, web team)
- Client approval for case study (Bea)

Decisions
- We'll stop posting on the old forum account; nobody engages and it takes an hour a week. Bea will put a pinned post pointing people to the newsletter.
- Budget for the trade show stand: we go with the smaller stand, spend the difference on printed guides.

Wins
- The webinar recording from last month passed 1,000 views.
- Two inbound leads mentioned the podcast interview, so we'll ask sales to track "how did you hear about us" properly from now on.
- Bea's blog post on seasonal planting is still our top page for organic search.
=== minutes
TASK: Turn these minutes into a short email to the whole club, friendly tone.
Northside Cycling Club - Committee Minutes, 18 September

Attendees: Rob (chair), Ffion (secretary), Mateo (treasurer), Shauna (ride leader coordinator), Iqbal (welfare)

Membership: 148 paid members, up 12 since June. Mateo noted that around 20 members have not renewed since the new online system launched. Ffion will send a reminder with clearer instructions and a link.

Rides: Shauna confirmed the winter schedule. Sunday club runs will start at 9:30 instead of 9:00 from November, and the "no-drop" beginners' ride will move to Saturdays so it doesn't clash with the main runs. Two new ride leaders have completed their first-aid training. Lights are compulsory on all rides from the end of October.

Safety: Iqbal reported one minor incident on the 8 September ride: a rider slipped on wet leaves on a descent and had grazes but no serious injury. He reminded ride leaders to call out hazards and slow the group on descents in autumn. An incident form has been completed.

Kit: The new club jerseys are delayed by three weeks due to a supplier issue. Mateo will email everyone who ordered with the new date.

Social: End-of-season dinner provisionally booked at The Red Lion for Saturday 30 November. Tickets £28 including a two-course meal. Ffion to open bookings next week.

AOB: Rob thanked Shauna for organising the charity ride, which raised £1,860 for the children's hospice.
=== minutes
Product Design Review - "Saved Searches" feature
Attendees: Nadia (PM), Oskar (design), Mei (frontend), Tunde (backend), Ivy (research)

Context
Nadia recapped the goal: let users save a search with its filters and get a weekly email when new results match. Research from the last round showed that 6 of 8 interview participants repeat the same searches every week.

Design walkthrough
Oskar showed three options for where the "Save search" button lives: next to the search bar, above the results, or in the filter panel. Ivy said in testing people looked for it above the results. Mei was concerned about crowding on mobile; Oskar will do a mobile mock-up with the button in an overflow menu.

Email frequency
Tunde asked whether weekly is enough. Ivy: participants said daily would be "too much". Decision: weekly by default, with an option for daily. No instant notifications in version one.

Limits
Tunde proposed a limit of 20 saved searches per user to keep the nightly matching job cheap. Nobody objected. Nadia asked what happens at the limit; Oskar will design a friendly message.

Open questions
- Do saved searches include sort order? (Nadia to decide by Friday)
- Can users rename a saved search? (Yes, but maybe not in v1)

Next steps
Oskar: mobile mock-up and limit message. Mei and Tunde: estimate effort. Ivy: plan a quick usability test of the prototype in two weeks.
=== minutes
TASK: Were any votes taken at this meeting? List each decision and the result.
Lakeside Tenants' Association - Minutes of Annual General Meeting
Held Thursday 6 June at the Lakeside Community Centre, 7 pm
Attendance: 34 members, 2 councillors (observers)

Chair's report: The chair, Rosemary Achterberg, summarised the year. The association met the housing provider four times. Main achievements: the lifts in blocks A and C were replaced, the communal lighting was switched to LED, and the provider agreed to publish a repairs timetable online. Ongoing issues: damp in ground-floor flats in block D and slow responses to reports of broken entry doors.

Treasurer's report: Income £1,204 (grant £900, raffle £304). Spending £968 (room hire, printing, summer party). Balance carried forward £1,731. The accounts were accepted by a show of hands, none against.

Election of officers: Rosemary was re-elected as chair unopposed. Luis Ferreira was elected secretary (two candidates; Luis received 21 votes, Ewa Zielinska 11, with 2 abstentions). Ewa agreed to join the committee as an ordinary member. Patience Osei continues as treasurer.

Motion on parking: A motion that the association ask the provider to introduce resident parking permits was debated. Some members worried about a charge. The motion was amended to ask for a consultation first. The amended motion passed, 27 for, 4 against, 3 abstentions.

Councillors' comments: Cllr Benn said the council was aware of the damp issues and would raise them with the provider's director. Cllr Shah offered help applying for a small community grant for the playground.

Any other business: Members asked for the newsletter to be translated into Polish and Portuguese. The committee will look for volunteers.

The meeting closed at 8:50 pm.
=== minutes
Research Group Meeting - 14 March
Present: Prof. Ingrid Solberg, Dr Kwame Mensah, Yuki Tanaka, Aurelio Ricci, Hana Novak

1. Paper submission
Kwame reported that the reviewers' comments on the soil-moisture paper are "major revisions". The main requests are an extra comparison with a simpler baseline and clearer figures. Deadline for resubmission: 30 April. Yuki will run the baseline comparison; Aurelio will redraw figures 2 and 4 using the lab's colour-blind-friendly palette.

2. Field season
Hana presented the draft plan for the summer field season: three weeks at the upland site in June and one week at the coastal site in August. Two of the sensors failed last year due to water getting into the casing; Hana has ordered new sealed housings. Ingrid asked everyone to complete the lab's fieldwork risk assessment before 1 May.

3. Conference
The group has two abstracts accepted for the autumn conference. Funding covers three people. Ingrid will decide who goes by the end of the month, favouring students who haven't presented before.

4. Lab equipment
The drying oven is making a noise. Aurelio will contact the technician. Until it is checked, samples should be dried in the second oven only.

5. Seminars
Yuki will present her thesis chapter at the next group seminar (28 March). Everyone is encouraged to read the draft in advance.

Actions: Yuki (baseline), Aurelio (figures, oven), Hana (field kit), all (risk assessment).
=== minutes
TASK: Proofread these minutes and fix any grammar or spelling mistakes. Keep the format.
St Brigid's Choir - Committee meeting, 21 January

Present: Father Liam (ex officio), Dolores, Mark, Aisling, Tom B., Priscilla

Music: Dolores said the Easter music is chosen. It includes two new pieces, so extra rehearsals will be needed on the Saturdays of 16 and 23 March, 10 am to 12 pm. Mark will email the music to everyone in PDF and will bring printed copies for those who prefer them.

Robes: The robes are getting worn. Aisling has found a supplier who can repair the hems for around £15 each. The committee agreed to repair the twelve worst ones and to budget for new robes next year.

Concert: The summer concert will be on 22 June, in aid of the local food bank. Tom will book the hall and ask the school orchestra if they would like to join us for one piece.

New members: Three new singers have joined since Christmas (two sopranos and a tenor). Priscilla will act as a buddy for them and show them where everything is kept.

Tea rota: The tea rota has gaps in February. Please sign up on the sheet by the piano.

Christmas collection: The retiring collection at the carol service raised £412 for the homeless shelter. Thank you all.

Next meeting: 18 February, after rehearsal.
=== minutes
Customer Success - Monthly Review (May)
Attendees: Grace (head), Tariq, Milena, Chen, Ruth

Numbers
- 312 tickets closed (April: 287). Median first response 2h 10m (target 4h).
- Satisfaction score 4.6 / 5 from 140 survey replies.
- Churn: 4 accounts cancelled, 2 said price, 1 said missing integration, 1 closed their business.

Highlights
Milena ran two onboarding webinars; 58 people attended and the recordings have had 130 views. Chen's new help article on exporting reports is now the third most viewed page.

Problems
Tariq flagged that the same question about invoice addresses came up 37 times. The settings page is confusing. Grace will raise it with the product team and ask for a small change to the label. Ruth noted that weekend coverage is thin: two urgent tickets waited over 12 hours on a Sunday.

Decisions
- Trial a weekend rota: one person, 4 hours each on Saturday and Sunday, time off in lieu. Ruth will draft the rota for June.
- Write a saved reply for the invoice address question until the product fix lands (Tariq).
- Next webinar topic: "Getting the most from dashboards" (Milena, mid-June).

Training
Chen will run a short internal session on the new reporting tool so everyone can pull their own numbers instead of waiting for the monthly export.

Next review: first Monday of July.
=== minutes
TASK: Write a two-sentence summary of this meeting, then list anything that was left undecided.
Greenway Neighbourhood Watch - Meeting Notes
Tuesday 5 March, 7 pm, at 14 Birch Close (thanks to the Hendersons for hosting)

Attending: 12 residents, PCSO Adams

PCSO Adams gave an update. Reported incidents in the area are low. There were two thefts from unlocked cars on Larch Road in February and one attempted shed break-in. She reminded everyone to lock cars, not leave bags visible, and to consider a shed alarm, which can be bought for under £20. She also mentioned a phone scam in which callers pretend to be from the bank; she stressed the bank will never ask you to move money to a "safe account".

Street signs: Residents asked whether new Neighbourhood Watch signs could be put up at the Birch Close entrance. PCSO Adams will check with the council what permission is needed.

WhatsApp group: The group has 63 members. Some people feel it has become too chatty, with lost-cat posts and parcel questions. Two options were discussed: keep one group with clearer rules, or create a separate "community chat" group. No decision was reached; people will vote in the group next week.

Older neighbours: Mrs Patel suggested a "check-in" list for elderly residents who live alone, especially during cold weather. Several people volunteered. How to collect contact details safely was discussed but left for the next meeting.

Next meeting: early June, date to be confirmed.
=== minutes
Finance Committee - Minutes
Brightwater Community Theatre
12 November

Present: Elspeth Moore (chair), Gareth Young, Ifeoma Eze, Dan Kowalski
Absent: Sophie Tran (apologies)

1. Management accounts to 31 October
Gareth presented the accounts. Ticket income for the autumn season was £18,420, about 6% above budget, driven by the sold-out run of the comedy. Bar income was slightly below budget. Costs were on budget except for set construction, which overspent by £1,150 because timber prices rose. The committee noted the overspend and asked the production manager to price sets earlier in future.

2. Reserves policy
Ifeoma proposed a reserves policy of three months' running costs (roughly £21,000). Current reserves are £16,800. The committee agreed the target and a plan to reach it over two years by putting aside 5% of ticket income.

3. Ticket prices
Dan proposed raising standard ticket prices from £14 to £15 from January, keeping concession prices the same. Agreed. He will also introduce a "pay what you can" performance once per run, as requested by members.

4. Grants
Elspeth reported that the application to the arts fund for the youth theatre programme (£7,500) was successful. Funds arrive in December and must be spent by the end of next year, with a report.

5. Insurance
The policy renews in January. Gareth will get two comparison quotes.

Next meeting: 14 January.
=== minutes
TASK: Pull out every date and deadline mentioned, in chronological order.
Kindergarten Staff Meeting - Wednesday 28 August

Present: all staff except Maria (on leave)

New term
The new term starts Monday 2 September with a settling-in fortnight. New children will attend short sessions (two hours) in the first week and build up to full sessions by Monday 16 September. Each key person will phone their new families by Friday 30 August to introduce themselves.

Allergies
There are four children with allergies this year (two nut, one egg, one dairy). Allergy cards with photos must be up in the kitchen and in each room by Friday 30 August. Sunita will update the menu so the Thursday baking session is egg-free.

Training
Paediatric first-aid refresher for Kim, Joel and Sunita on Saturday 14 September (9 am to 4 pm). Safeguarding update for all staff at the inset evening on Tuesday 24 September.

Outdoor area
The mud kitchen needs new pans and the sandpit cover is torn. Joel will order replacements this week. The garden volunteers will come on Saturday 21 September to plant bulbs with the children's help the following week.

Parents
Welcome evening for parents: Thursday 12 September at 6 pm. Coffee and a short talk about our daily routine. Photos of the rooms will go on the noticeboard by then.

Any other business
Please remember to log all accidents on the new tablet form rather than the paper book from now on.
=== minutes
Sprint Retrospective - Sprint 27
Team: Checkout squad
Facilitator: Ines

What went well
- We shipped the address auto-complete on time, and support says address errors are down.
- Pairing sessions between Ahmed and Clara helped Clara get up to speed on the payments code.
- The new test data script saved everyone time setting up local environments.

What didn't go well
- Two stories were much bigger than estimated, both involving the tax calculation module. We underestimated how tangled it is.
- The demo on Friday was rushed because we started late.
- Lots of context switching: three unplanned requests from the sales team during the sprint.

Ideas
- Before estimating anything in the tax module, do a 1-hour spike.
- Start the demo on time even if not everyone has joined; record it.
- Ask the sales team to send requests to Stefan (PO) instead of messaging devs directly.

Actions
- Stefan: agree with sales that requests go through him (this week).
- Ahmed: write a short README for the tax module explaining the main flows.
- Ines: move the demo to 2 pm so it doesn't clash with the all-hands.

Team mood (1-5): average 3.8, up from 3.4 last sprint.
=== minutes
TASK: Translate the "Decisions" section of these minutes into Spanish.
Hillcrest Sports Club - Board Meeting, 4 April

Present: Owen (president), Lucía (vice-president), Kofi (treasurer), Agnieszka (secretary), Ravi (youth coordinator)

Reports
Kofi reported that membership fees are on track and the bar made a small profit in March. The roof repair on the pavilion was completed under budget.

Ravi said the youth section now has 96 players across five age groups. Two coaches are leaving at the end of the season, so he will advertise for volunteers. He also asked the board to consider a kit grant for families who struggle with costs.

Agnieszka reported that the new booking system for the pitches is working well, but some older members find it hard to use. She offered to run a short help session in the clubhouse.

Decisions
The board agreed to set aside £1,200 for a kit support fund for youth players, managed confidentially by the youth coordinator.
The board agreed that the clubhouse will be available free of charge to the local school for their sports day on 21 June.
The board agreed to hold a volunteer thank-you evening in May and to cover the cost of food.

Any other business
Owen reminded everyone that the club's annual general meeting must be held before the end of June and asked the secretary to book the function room. Lucía reported that the ladies' team has been promoted and thanked the volunteers who ran the tea bar all season.

Next meeting: 2 May, 7:30 pm, clubhouse.
=== minutes
Editorial Meeting - Spring Issue
Present: Camille (editor), Joss, Anita, Benedikt, Yara

Camille opened by saying the spring issue is running slightly long: 68 pages planned, budget allows 64.

Features
- Joss's piece on community orchards: 3,200 words, needs to come down to 2,500. Joss agreed to cut the history section.
- Anita's interview with the ceramicist: ready, photos approved.
- Benedikt's travel essay on the Danube cycle route: first draft in, Camille has notes. Due back Friday.

Regulars
Yara will write the "what's on" listings and the reader letters page. She suggested dropping the crossword for one issue to save a page; Camille prefers to keep it because readers write in about it. Compromise: shrink the recipe page to a half page this issue.

Cover
Two options: the orchard photo or the ceramics studio. Vote was split; Camille chose the orchard because it suits spring.

Schedule
Copy deadline 22 March, proofs to the printer 29 March, on sale 12 April.

Other
Anita reminded everyone to get photo permissions in writing.

Budget
Printing costs have gone up by about 6% since the winter issue. Camille will ask the printer whether a slightly lighter paper would bring the cost down without looking cheap, and bring samples to the next meeting. Advertising sales are on target, with two new local advertisers (a bike shop and a bakery).
=== minutes
TASK: Based on these minutes, draft the agenda for the next meeting.
Library Friends' Group - Meeting Notes, 11 July

We met in the children's corner (the meeting room is being painted). Present: Joan, Amir, Beata, Colin, Dee, Nkechi.

Book sale: The June book sale made £486, our best yet. Thank you to everyone who sorted donations. We have about eight boxes left. Colin suggested giving the children's books to the school and selling the rest at the September fair.

Summer reading challenge: 142 children have signed up so far. The library staff asked if we can help with the medal ceremony at the end of August. Beata and Dee will help.

Author talk: Amir has been in touch with a local crime writer who is willing to give a talk in October. She asks for travel expenses only. We agreed to go ahead, pending a date. We still need to decide whether to charge for tickets or ask for donations.

Membership: We have 37 members. Nkechi suggested a simple leaflet to put on the library counter. She will draft one and bring it next time.

Equipment: The old laminator has broken. Joan will find out the price of a new one.

Next meeting: 12 September. We ran out of time to discuss the idea of a "reading buddies" scheme for older residents, so that will be first next time.
=== minutes
IT Steering Group - Minutes
Date: 22 February | Chair: Valentina Russo (COO)
Members: Hamid (IT manager), Sarah (HR), Paulo (finance), Greta (operations)

1. Laptop refresh
Hamid reported that 46 laptops are older than five years. He proposes replacing them in two batches: 25 in April and 21 in September, spreading the cost across two budget periods. Paulo confirmed the April batch fits in this year's budget. Approved.

2. Password manager rollout
The pilot with 20 staff went well; 17 of 20 said they would keep using it. Hamid proposes rolling it out to everyone by the end of May, with short drop-in training sessions. Sarah asked that the training is included in onboarding for new starters. Approved.

3. Phone system
The contract for the current phone system ends in November. Greta asked whether we still need desk phones, as most calls are now on laptops. Hamid will survey teams and bring options to the next meeting.

4. Service desk
Average time to resolve tickets has gone from 2.4 days to 1.6 days since the new triage process. Staff satisfaction with IT support in the annual survey rose from 62% to 74%.

5. Risks
The group reviewed the IT risk register. The top risk remains the single internet connection at the warehouse. A backup connection has been quoted at £45 per month; the group agreed to proceed.

Next meeting: 25 April.
=== minutes
Wedding Planning Call - notes (Sam & Jo + parents)
Sunday evening

Venue: Deposit paid for the barn, 14 September. Max 110 guests seated, 140 for the evening. The barn wants final numbers by 1 August.
Guest list: currently 124 for the day. Need to cut about 15. Sam and Jo will each go through their side. Parents asked to flag any "must invites" by next Sunday.
Food: Tasting booked for 22 June. Options are a sit-down meal or sharing platters; everyone leaning towards sharing platters as it's more relaxed and cheaper (about £8 less per head).
Music: Jo's cousin's band can play the evening for a "mates' rate" of £600. They need a list of must-play and do-not-play songs by August.
Flowers: Sam's mum has offered to do the table flowers with friends, using seasonal flowers. Need buckets and a cool place the day before - ask the barn.
Budget: currently about £1,400 over. Cutting the guest list and the platters should fix most of it.
To do this week:
- Sam: email barn about flower storage and a wet-weather plan for the ceremony.
- Jo: send the band a date confirmation.
- Both: guest list cuts.
- Jo's dad: look into a minibus from the station.
=== report
TASK: Summarise this report in one paragraph for the board.
Quarterly Operations Report - Q2
Prepared by: Operations Team, Fernhill Food Bank

Overview
Between April and June the food bank distributed 2,916 food parcels, an increase of 18% on the same quarter last year. We supported 1,104 households, of which 37% were families with children. Referrals continue to come mainly from schools, GP surgeries and the council's welfare team.

Donations
Food donations by weight were 14.2 tonnes, broadly stable. The supermarket collection points remain our largest source (61%), followed by churches and schools. Cash donations were £9,840, down 9%, which we believe reflects pressure on household budgets generally. We bought £6,200 of food to fill gaps, mainly tinned meat, UHT milk and toiletries.

Volunteers
We have 84 active volunteers. Sessions were fully staffed except for six Thursday afternoons. Eleven new volunteers completed induction. A volunteer survey (52 responses) showed high satisfaction, with requests for more flexible shifts and clearer information on the warehouse rota.

Premises
The warehouse roof leak reported in Q1 has been repaired. The walk-in chiller was serviced in May. We are still short of storage space during the summer holiday peak and are talking to the church next door about using their hall on Mondays.

Challenges
The main challenge is rising demand during school holidays, when families lose access to free school meals. Last summer we ran out of breakfast items in August. This year we will start a breakfast appeal in July.

Priorities for Q3
1. Summer breakfast appeal.
2. Recruit at least six Thursday volunteers.
3. Pilot a fresh fruit and vegetable partnership with two local growers.
4. Agree additional storage with St Mark's.
=== report
Incident Report - Website Checkout Unavailable
Severity: 2 | Duration: 47 minutes | Status: Resolved
Author: on-call engineer

Summary
On Saturday between 11:02 and 11:49 UTC, customers could browse the shop but could not complete checkout. About 380 checkout attempts failed. No data was lost, and no payments were taken without an order being created.

Timeline (UTC)
11:02 - Monitoring alert: checkout error rate above 20%.
11:06 - On-call engineer acknowledged; confirmed errors from the payment step.
11:15 - Found that the payment provider's API was returning "invalid configuration" for all requests.
11:21 - Checked recent changes: a configuration update at 10:58 rotated the API credentials for the payment provider as part of routine maintenance. The new credentials had been added to the staging environment but not to production.
11:34 - Added the correct credentials to production config; restarted the checkout service.
11:41 - Error rate back to normal.
11:49 - Incident closed after monitoring for 8 minutes.

Root cause
The credential rotation runbook had separate steps for staging and production, and the production step was missed. There was no automated check that production could reach the payment provider after the change.

What went well
The alert fired within four minutes. The engineer quickly narrowed the problem to the payment step.

What could be better
The rotation was done on a Saturday morning, when traffic is high and fewer people are around.

Actions
1. Add a post-deployment health check that makes a test call to the payment provider (owner: payments team, two weeks).
2. Merge the staging and production steps in the runbook into a single checklist (owner: platform team, one week).
3. Schedule routine credential rotations for weekday mornings (owner: engineering manager).
=== report
TASK: What are the three biggest risks mentioned, and what is being done about each?
Project Status Report - New Community Library Building
Reporting period: March
Overall status: AMBER

Progress
The steel frame was completed on 14 March, one week later than planned because of high winds in the first week. Roofing has started on the north side. The ground-floor slab for the children's area has been poured. The design team issued revised drawings for the entrance canopy after the council's conservation officer asked for a lower profile.

Budget
Spend to date: £2.31m of £4.8m. Forecast outturn: £4.86m, £60k above budget, mainly due to the canopy redesign and higher costs for insulation. The contingency (£200k) covers this, leaving £140k.

Schedule
Practical completion is forecast for 29 November, two weeks later than the baseline date of 15 November. The opening event is planned for January, so there is still some float.

Risks
1. Supply of the specified timber cladding: the supplier has warned of delays of up to six weeks. Mitigation: the architect has identified an equivalent product from a second supplier and the contractor is checking prices.
2. Weather during roofing: a wet April could delay the building being made watertight. Mitigation: temporary covers ordered; internal work sequenced so that it can start in dry areas first.
3. Staff recruitment: the library service needs to recruit four additional staff before opening. Mitigation: HR will advertise in June, earlier than originally planned.

Decisions needed
The project board is asked to approve the use of £60k from the contingency for the canopy redesign and insulation.

Next report: end of April.
=== report
Annual Report Extract - Chair's Foreword
Westmoor Wildlife Trust

This has been a year of quiet progress. Our volunteers gave more than 11,000 hours, which is the equivalent of six full-time staff. Without them, almost nothing in this report would have happened.

On our reserves, the most encouraging news came from the wetlands at Coldwell Marsh. Three years after we blocked the old drainage ditches, the water table has risen and the reed beds are spreading again. This spring our survey team counted eleven pairs of reed warblers, compared with three pairs before the work began, and for the first time in living memory a bittern was heard booming in April. One bird does not make a population, but it is a sign that the habitat is recovering.

At Hollins Wood we continued the slow work of removing invasive rhododendron. It is hard, muddy and unglamorous, and every autumn I watch our Tuesday work party come back with scratched arms and enormous smiles. Bluebells are already returning to the cleared slopes.

Our education team welcomed 2,400 schoolchildren to the reserves and visited another 1,100 in their classrooms. The new "wild spaces" sessions for teenagers, run with the youth service, were fully booked.

Financially, the year was tight. Income from membership held steady at around 4,300 households, but grant income fell and energy costs at the visitor centre rose sharply. We made savings by installing solar panels and a heat pump, funded by a one-off legacy, and we expect running costs to fall next year.

Looking ahead, our priority is to connect our reserves. Wildlife does not respect boundaries, and the future of many species depends on corridors of hedges, field margins and small woods between the places we manage. We will be working with farmers and landowners across the valley, and we will need your support to do it.

Thank you to every member, volunteer, donor and partner. It is a privilege to chair this Trust.
=== report
TASK: Proofread this report and list the corrections you made.
User Research Findings - Recipe App Onboarding
Method: 8 moderated sessions, 45 minutes each, remote. Participants were home cooks aged 24-67 who had not used the app before. Each participant created an account, set preferences and found a recipe for dinner.

Key findings
1. The dietary preference screen caused confusion. Five of eight participants did not understand that they could select more than one option. Several selected "vegetarian" and then looked for a way to add "no mushrooms", which is not supported.
2. Participants liked the "cook with what you have" search, but three did not find it because it is hidden behind an icon with no label.
3. The timer feature was praised by everyone who used it. One participant said it was "the reason I'd keep using this".
4. Account creation felt too long. Participants questioned why we ask for a date of birth.
5. Older participants struggled with small text on the ingredient list, especially when reading from a distance while cooking.

Recommendations
- Make multi-select obvious on the preferences screen and add a free-text "ingredients I avoid" field.
- Add a text label to the "cook with what you have" icon.
- Remove date of birth from sign-up unless there is a clear reason to keep it.
- Add a "cooking mode" with larger text that keeps the screen awake.

Next steps
Share findings with the design team on Thursday; plan a follow-up test of the revised onboarding in four weeks.
=== report
Monthly Energy Report - Ashgrove Secondary School
September

Electricity use: 41,200 kWh, down 7% on September last year. The reduction is mainly due to the LED lighting upgrade in the science block, completed over the summer holidays.

Gas use: 18,900 kWh. This is higher than last September (15,300 kWh) because the heating came on a week earlier after a cold spell, and because the sports hall boiler was running inefficiently until it was serviced on 19 September.

Solar generation: The 50 kW panels on the sports hall generated 5,120 kWh, covering about 12% of electricity use. Generation was lower than August as expected.

Out-of-hours use: Night-time electricity use remains higher than it should be. The building manager found that around 60 computers in the IT suites were being left on overnight. The IT technician has set them to shut down at 7 pm unless in use.

Student involvement: The eco-club carried out "switch-off patrols" at lunchtime and found lights on in empty classrooms in 14 out of 40 checks. They are making reminder stickers for light switches.

Costs: Total energy cost for September was approximately £11,400. The school's fixed-price energy contract ends in March, and the business manager is getting advice on the next contract.

Recommendations:
1. Install timers on the staffroom water boiler and vending machines.
2. Review heating schedules so that rooms used only in the afternoon are not heated from 7 am.
3. Continue the eco-club patrols and report results monthly.
=== report
TASK: Write a short, encouraging email to the volunteers based on this report.
Beach Clean Season Summary
Seacombe Coast Volunteers

Over the season (March to October) we held 16 beach cleans at four beaches. A total of 612 volunteer visits were recorded, including 140 first-timers. Together we collected 1,930 kg of litter, filling 388 bags.

What we found
We recorded everything we collected using the national survey categories on two of the four beaches. The most common items were:
- plastic pieces 0-2.5 cm (by far the largest category)
- crisp and sweet wrappers
- fishing line and rope
- cigarette ends
- drinks bottles and caps
We found fewer wet wipes than last year, which may reflect the local water company's campaign.

Highlights
- The July clean with the primary school, where 64 children took part and drew a "litter mural" afterwards.
- A local surf shop donated 30 new litter pickers.
- We were featured on regional radio in September.

Things to improve
- We ran out of gloves in small sizes twice.
- Two cleans were cancelled at short notice because of storms; some people didn't see the message in time. We'll add text message alerts next year.
- Data recording was patchy on busy days; we'll have a dedicated recorder at each clean.

Next season starts in March. Thank you to every single person who gave up a morning to help.
=== report
Field Trip Report - Year 9 Geography, River Study
Date of trip: 26 April | Location: River Wend, upper and lower course sites | Students: 58 | Staff: 5

Purpose
Students measured how river channel characteristics change downstream, to test the hypothesis that width, depth and velocity increase with distance from the source.

Method
At each of four sites students measured channel width with a tape, depth at five points across the channel with a metre rule, and surface velocity by timing a float over 10 metres (three repeats). They also recorded the size and roundness of ten stones from the riverbed.

Results (class averages)
Site 1 (upland): width 2.1 m, mean depth 0.14 m, velocity 0.32 m/s
Site 2: width 3.8 m, mean depth 0.22 m, velocity 0.41 m/s
Site 3: width 5.6 m, mean depth 0.31 m, velocity 0.45 m/s
Site 4 (lowland): width 9.4 m, mean depth 0.48 m, velocity 0.52 m/s
Stone size decreased downstream and stones became more rounded.

Conclusions
The results broadly support the hypothesis. Velocity increased less than expected between sites 2 and 3, possibly because site 3 had a lot of vegetation slowing the flow near the banks.

Evaluation
Timing the float was the least reliable measurement because wind affected the float at site 4. Next year we could use a flow meter borrowed from the university. Several groups did not repeat measurements as instructed.

Safety and behaviour
No incidents. Students wore wellies and stayed within marked areas. Behaviour was excellent and the landowner thanked the school for leaving the site tidy.
=== report
TASK: Make a table of the key figures in this report.
Tourism Office - Summer Season Review

Visitor numbers to the tourist information centre were 14,830 between June and August, up from 13,200 last summer. The busiest day was Saturday 3 August, during the harbour festival, with 612 visitors. International visitors made up 31% of the total, with the largest groups from Germany, the Netherlands and the United States.

The most common requests were for walking routes (27% of enquiries), boat trips (19%), accommodation (12%) and bus times (11%). Requests for accommodation have fallen every year since most visitors started booking online, while requests for walking information keep rising. We printed 8,000 copies of the new coastal walks leaflet and ran out in mid-August.

The new self-service screen in the centre's window was used about 40 times a day on average, mostly in the evenings when the centre is closed. The accessible toilet opened in June and received positive feedback.

Online, the website had 96,000 visits over the summer, with the events calendar the most visited page. Our social media following grew by 2,100 people, helped by a short video of the festival fireworks that was shared widely.

Income from the shop was £22,600, roughly the same as last year. The best-selling items were local maps, postcards and the puffin soft toy.

Recommendations for next year: print 12,000 walks leaflets, translate the leaflet into German and Dutch, and extend opening hours to 6 pm in August.
=== report
Customer Feedback Digest - Week 32
Compiled from support tickets, app store reviews and the in-app survey (n = 412)

Top themes
1. Sync delays (68 mentions, up from 41). Users say notes added on their phone take "ages" to appear on their laptop. Most reports are from people with more than 2,000 notes. Engineering is aware; a fix for large accounts is in testing.
2. Dark mode requests for the web app (35 mentions). Mobile already has dark mode; users expect consistency.
3. Praise for the new tagging feature (29 positive mentions). Several users said it changed how they organise their work.
4. Confusion about the free plan limits (22 mentions). People are surprised when they hit the 3-device limit. The pricing page mentions it, but the app doesn't warn you until it's too late.
5. Export to PDF formatting (14 mentions). Tables lose their borders.

Notable quotes
- "I love the app but I've started emailing notes to myself because sync is so slow."
- "Tags are the best thing you've added in years."
- "Why can't I use it on my work laptop? I only have two devices!" (the user had an old phone still signed in)

Suggested actions
- Show a warning when a user is about to reach the device limit, with a link to manage devices.
- Prioritise web dark mode for next quarter.
- Update the help article on PDF export to explain the table issue until it's fixed.
=== report
TASK: What does the inspector say needs to improve? Answer in plain language for a parent.
Summary of Inspection Findings - Little Acorns Childcare

The setting is good.

The quality of education is good. Staff know the children well and plan activities that build on what children already know and can do. For example, after noticing that several children were interested in the builders working next door, staff created a construction area with hard hats, clipboards and large blocks. Children's language develops well: staff introduce new words and repeat them in different activities. Babies and toddlers form close bonds with their key persons and settle quickly.

Behaviour and attitudes are good. Children are kind to each other and learn to share and take turns. Staff give clear, consistent messages about expectations.

Personal development is good. Children spend a lot of time outdoors and have lots of opportunities to be physically active. Staff teach children about healthy eating and good hygiene, and children wash their hands independently before lunch.

Leadership and management are good. The manager supports staff well, and staff say they feel valued. Safeguarding arrangements are effective; staff know the signs that a child may be at risk and what to do.

What the setting needs to do to improve:
- Strengthen the information shared with parents about what their children are learning, so that parents can support learning at home more consistently.
- Make sure that the routines at the start of the afternoon session are organised so that children are not waiting for long periods with little to do.
=== report
Pilot Evaluation - Four-Day Week, Customer Support Team
Period: January to June (six months) | Team size: 14

Design
The team moved from five days of 7.5 hours to four days of 8.5 hours (34 hours per week, same pay). Coverage was kept at five days by splitting the team into two groups with different days off.

Results
Service levels: median first response time stayed within target (under 4 hours) in all six months. It rose slightly in January (3h 20m) while the team adjusted, then fell to 2h 40m by June, better than the previous year's average.
Customer satisfaction: unchanged at 4.5 out of 5.
Sickness absence: fell from an average of 6.1 days per person per half-year to 3.4 days.
Staff survey: 13 of 14 staff want to continue. The main complaint was that the longer days are tiring on busy weeks. Two staff with childcare responsibilities said the longer days made school pick-ups harder.

Issues
Handovers between the two groups were sometimes patchy in the early weeks; a short written handover note at the end of each day solved most problems. Managers spent more time on scheduling.

Recommendation
Continue the four-day week for the support team for another twelve months, with an option for individuals to work a compressed five-day pattern instead if the long days don't suit them. Review again in twelve months with the same measures.
=== report
TASK: Rewrite the "Findings" section as three short bullet points a busy manager could read in 20 seconds.
Accessibility Audit - Council Parking Permit Website
Auditor: Digital Services Team | Standard: WCAG 2.2 AA

Scope
The audit covered the five main pages of the online parking permit service: start page, eligibility checker, application form, payment page and confirmation page. Testing used keyboard-only navigation, two screen readers, 200% zoom and automated checks.

Findings
The start page and confirmation page passed with no issues. The eligibility checker uses radio buttons without a visible group label, so screen-reader users hear "yes" and "no" without knowing the question. On the application form, error messages appear at the top of the page only, in red text, and are not linked to the fields with the problem; users who zoom in may not see them at all. The date fields for "permit start date" do not accept dates typed with single digits (for example 3/7/2024), which caused several testers to fail the task. The payment page is provided by a third-party supplier and has a keyboard trap: after entering card details, keyboard users cannot reach the "Pay" button without using a mouse. Colour contrast on the grey "Back" links is below the required ratio.

Priority fixes
1. Keyboard trap on the payment page (critical; raise with supplier immediately).
2. Error messages linked to fields and shown next to each field.
3. Group labels on radio buttons.
4. Flexible date input.
5. Contrast on "Back" links.

Next steps
Retest after fixes, and run a session with two disabled users before the service's annual review.
=== report
Volunteer Coordinator's Report - Hospice Shops
October

Our four shops are supported by 126 volunteers, who gave 3,940 hours in October. We welcomed nine new volunteers, including three students doing their Duke of Edinburgh award and two people referred by the local job centre who want retail experience.

Shop by shop
- High Street: fully staffed all week. The new window displays, designed by volunteer Maureen, have been very popular and sales are up.
- Station Road: short of volunteers on Monday mornings; the manager has been covering alone. We've put a notice in the window and on social media.
- Market Square: the furniture collection service is in high demand. Our two regular drivers are stretched and we need at least one more volunteer with a clean licence.
- Eastgate: two long-serving volunteers retired this month after 15 and 22 years. We held a small tea party for them.

Training
All volunteers completed the updated manual handling training. Gift Aid refresher sessions will run in November, as errors on Gift Aid forms cost us income last quarter.

Wellbeing
Several volunteers mentioned that the Eastgate back room gets very cold. Facilities are looking at a heater. We'll also start a monthly coffee morning for volunteers across all shops so people can meet each other.

Recognition
Please join me in thanking Deepak, who has reorganised the sorting room at High Street so well that donations are now processed in half the time.
=== report
TASK: Translate the "Summary" paragraph into French.
Water Quality Monitoring - Annual Summary
Ellerby Brook Citizen Science Group

Summary
Over the past twelve months, 23 volunteers took 298 water samples from six sites along Ellerby Brook. Overall, water quality was good in the upper sections and moderate in the lower sections below the town. Phosphate levels were highest downstream of the sewage works after heavy rain, which suggests storm overflows are a significant source. Invertebrate surveys found mayfly and stonefly larvae at the three upper sites, which indicates clean, well-oxygenated water.

Details by site
Sites 1-3 (upstream of Ellerby): nitrate and phosphate low throughout the year. Temperature peaked at 17.8 °C in July.
Site 4 (town centre): occasional high turbidity after storms, probably from road run-off.
Sites 5-6 (downstream of works): phosphate exceeded our "concern" threshold on 11 occasions, all within 48 hours of rainfall above 10 mm.

What we did with the data
We shared the results with the regional environment agency and the water company. The water company has confirmed that the storm overflow at the works is scheduled for an upgrade in two years. We also presented our findings at the parish council and at two schools.

Plans for next year
We will add a seventh site above the confluence with Rook Beck, train five more volunteers to carry out invertebrate surveys, and buy a second conductivity meter so two teams can sample on the same day.
=== report
Post-Event Report - City Half Marathon
Prepared for the organising committee

Participation: 4,212 runners started and 4,168 finished. 44 did not finish, mostly in the last 5 km, which is typical for a warm day. The temperature at the start was 16 °C, rising to 22 °C by the time the last runners finished.

Medical: The medical team treated 63 runners, mostly for blisters, cramp and mild dehydration. Four were taken to hospital as a precaution and all were discharged the same day. The medical lead recommends an extra water station at 17 km if temperatures are forecast above 18 °C.

Volunteers: 390 volunteers took part. Feedback was very positive, although marshals at the 10 km turnaround said they did not receive their lunch packs until 2 pm. The food distribution plan needs reviewing.

Traffic and transport: Road closures were lifted on schedule. There were complaints from residents on Canal Street, who said they did not receive the leaflet about closures. The distribution company is investigating. Park-and-ride buses ran well, carrying about 1,900 people.

Charity: Runners raised approximately £310,000 for charities, including £82,000 for the event's official charity partner.

Environment: Cups were collected and recycled at every water station. For next year we will trial refillable cups at two stations. The finish area was cleared by 5 pm.

Recommendations
1. Add a water station at 17 km on warm days.
2. Review marshal food distribution.
3. Double-check the resident leaflet distribution with spot checks.
4. Trial refillable cups.
=== report
TASK: Is this report's conclusion supported by the data in it? Explain briefly.
Staff Travel Survey - Results

We asked all 220 staff how they usually travel to work. 141 responded (64%).

The survey was open for two weeks in March and was sent by email, with paper copies in the warehouse canteen for staff without regular computer access. Respondents could choose only one "usual" mode, so people who cycle in summer and take the bus in winter had to pick one. The last survey, two years ago, used the same questions but had a lower response rate (48%).

Car (driving alone): 58 (41%)
Car share: 9 (6%)
Bus: 24 (17%)
Train: 11 (8%)
Bicycle: 19 (13%)
Walk: 14 (10%)
Other/mixed: 6 (4%)

Compared with the last survey two years ago, cycling has increased from 8% to 13% and driving alone has fallen from 49% to 41%. Most cyclists live within 8 km of the office.

When asked what would encourage them to drive less, the most common answers were: a more frequent bus service (38 mentions), secure bike storage (31), showers and lockers (27), and help with the cost of a bike (19). Fifteen people said nothing would make them drive less because of caring responsibilities or disabilities.

Conclusion: The new secure bike shelter installed last year is the main reason cycling has increased, and building a second shelter would bring cycling above 20% within two years.
=== report
IT Service Review - Small Accountancy Practice (6 staff)
Prepared by: external consultant

Current setup
The practice uses six laptops (three over five years old), a shared network drive on a small server in the cupboard, email through a hosted provider, and accounting software installed locally on each laptop. Backups of the server are made to an external disk, which the office manager takes home on Fridays.

Observations
1. The backup is only weekly, and the last successful restore test was "a while ago". If the server failed on a Thursday, up to six days of work could be lost.
2. The server's operating system will stop receiving security updates next year.
3. Staff share one login for the accounting software's admin account.
4. Two laptops are not encrypted. If lost, client data could be exposed.
5. There is no written plan for what to do if the office were unavailable (for example, after a flood).

Recommendations (in order of priority)
- Move files from the server to a business cloud storage service with version history, and retire the server.
- Turn on disk encryption on all laptops.
- Give each person their own login for the accounting software; keep the admin account for the office manager only.
- Replace the three oldest laptops this year.
- Write a one-page continuity plan: who to call, where to work, how to reach clients.

Estimated cost: around £4,500 for laptops and setup in year one, then about £40 per month for cloud storage.
"""
