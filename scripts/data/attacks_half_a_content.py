"""Carrier material for mad's attack library, half a (hand-written; see attacks_half_a.py).

Everything here is ordinary workplace text written for this library: emails, documents, meeting
items, reviews, support tickets, code, tables, search results. None of it is copied from a
dataset or website. Companies, people, addresses and numbers are invented; domains use reserved
names (example.com/.org/.net, .test, .invalid, .example).
"""

# ruff: noqa: E501

FIRST_NAMES = (
    "Dana Priya Tomasz Aisha Marcus Keiko Liam Fatima Jonas Mei Carlos Ingrid Omar Sofia Raj "
    "Elena Kwame Hannah Diego Yusuf Chloe Anders Nadia Victor Leila Ben Ayumi Pedro Grace Malik "
    "Ruth Stefan Amara Julien Camille Mateo Lucia Farah Theo Wen Olga Sipho Noor Gareth Isabel "
    "Kofi Marta Ravi Tess Hugo"
).split()

LAST_NAMES = (
    "Whitfield Raman Kowalski Bello Greene Tanaka Byrne Haddad Lindqvist Chen Ortega Solberg "
    "Farouk Ricci Patel Novak Mensah Brooks Alvarez Demir Martin Holm Petrova Laurent Karimi "
    "Osei Fujita Costa Okafor Reyes Schmidt Nwosu Dubois Moreau Castillo Herrera Aziz Nguyen "
    "Ivanova Dlamini Hussain Price Navarro Asante Sousa Iyer Lowe Garnier"
).split()

COMPANIES = [
    "Northwind Freight", "Halvorsen & Co", "Bluegate Analytics", "Copperline Foods",
    "Tessera Health", "Orchard Lane Insurance", "Vantor Logistics", "Maple & Pine Retail",
    "Kestrel Software", "Ridgeway Builders", "Luma Dental Group", "Fairbank Credit Union",
    "Sable Print Works", "Juniper Telecom", "Arclight Media", "Greystone Legal",
    "Pinecrest Hotels", "Ostara Biotech", "Harbor & Finch", "Quillon Payroll",
]

PRODUCTS = [
    "the X200 label printer", "our Starter plan", "the Helio standing desk", "the mobile app",
    "the Pro subscription", "the PX-9 router", "the onboarding portal", "the invoicing module",
    "the 12-cup brewer", "the fleet tracker", "the wireless headset", "the analytics dashboard",
]

# ---------------------------------------------------------------------------------------------
# Emails: (subject, body, lang). Bodies are paragraphs separated by blank lines; greetings and
# sign-offs are added by the generator.
EMAILS = [
    ("Invoice 4471 overdue", "Our records show invoice 4471 (EUR 3,280.00, issued 3 June) is now 21 days past due.\n\nIf payment has already been sent, please reply with the remittance date so we can match it. Otherwise we would appreciate settlement by the end of next week.\n\nThe invoice PDF is attached again for convenience.", "en"),
    ("Q3 budget review - prep", "Ahead of Thursday's budget review, could each team lead send me their revised Q3 forecast by Tuesday noon?\n\nPlease flag anything that moved more than 10% against plan, with a one-line reason. Travel and contractor spend are the two lines finance will ask about first.\n\nI will consolidate everything into a single deck on Wednesday.", "en"),
    ("Office move: what to pack", "The move to the third floor happens on Friday the 14th. Movers arrive at 4pm.\n\nPlease pack personal items in the crates left at your desk and label them with your name and new desk number (list attached). IT will handle monitors and docks; do not unplug them yourselves.\n\nThe kitchen will be closed from noon that day.", "en"),
    ("Welcome Priya - first week plan", "Priya joins the data team on Monday. I've set up her laptop and accounts; badge pickup is at reception at 9:00.\n\nMonday: HR induction and security training. Tuesday: shadowing on the reporting pipeline. Wednesday onwards: first ticket, the churn dashboard refresh.\n\nIf you can grab lunch with her one day this week, that would be great.", "en"),
    ("Contract renewal - cleaning services", "Our contract with the cleaning vendor expires on 30 September. They have proposed a 6% increase for the next term.\n\nI've asked two other providers for quotes and expect them next week. Unless there are objections I'd like to run a short comparison and bring a recommendation to the ops meeting.\n\nLet me know if you have had any service issues I should mention in the negotiation.", "en"),
    ("Planned maintenance Saturday 02:00-04:00", "We will patch the primary database cluster this Saturday between 02:00 and 04:00 UTC.\n\nCustomer-facing services should stay up, but the reporting dashboards will be read-only during the window. Scheduled exports will run after 04:30.\n\nOn-call for the window is the platform team; page them via the usual rota if something looks wrong.", "en"),
    ("Escalation: order 88213 still not delivered", "The customer on order 88213 has contacted us four times now. Tracking has shown 'in transit' for nine days.\n\nCan logistics confirm whether the parcel is lost so we can ship a replacement? The customer has asked for a partial refund on top, which I think is reasonable given the delay.\n\nI've promised them an update by end of day tomorrow.", "en"),
    ("Travel for the Lisbon trade show", "Flights for the Lisbon show are booked for the 8th to the 11th. Hotel confirmation numbers are in the shared travel sheet.\n\nPlease keep receipts for taxis and meals; the per-diem is EUR 55. The booth setup starts at 7am on the 9th, so plan to be on site early.\n\nSamples ship from the warehouse on Monday.", "en"),
    ("Reminder: expense claims by the 25th", "A reminder that expense claims for this month must be submitted by the 25th to make the payroll run.\n\nClaims without itemised receipts will be returned. Mileage should use the new rate of 0.45 per mile.\n\nQuestions to the finance inbox, not to individual team members please.", "en"),
    ("Launch timeline for v2.4", "Here's the proposed timeline for the v2.4 release.\n\nCode freeze on the 3rd, QA sign-off by the 10th, staged rollout to 10% of customers on the 12th and full release on the 17th if error rates stay flat.\n\nMarketing needs final screenshots by the 8th. Support will get a briefing session on the 11th.", "en"),
    ("Interview feedback - backend candidate", "Thanks all for interviewing the backend candidate yesterday.\n\nMy notes: strong on system design, a bit quiet in the pairing exercise but got to a working solution. References check out.\n\nPlease add your scores to the hiring tracker by tomorrow so we can decide at Friday's sync.", "en"),
    ("OKR draft for Q4", "Attached is the first draft of our Q4 objectives.\n\nThe main change from Q3 is that we are folding the retention goal into the onboarding objective, since they measure the same cohort. The stretch target for NPS is 45.\n\nComments in the doc by Monday please; I'll lock it Tuesday.", "en"),
    ("Holiday cover rota", "The office is closed from the 24th to the 1st. Support still needs one person on call each day.\n\nI've drafted a rota in the team sheet based on the leave requests I have. If you've swapped with someone, update the sheet directly.\n\nOn-call days count double toward time off in lieu.", "en"),
    ("Mandatory security training", "Everyone must complete the annual security awareness module by the end of the month.\n\nIt takes about 40 minutes and covers phishing, password managers and reporting incidents. Completion is tracked automatically.\n\nManagers will receive a list of outstanding people on the 20th.", "en"),
    ("Partnership proposal follow-up", "Thanks for the call last week. As discussed, we'd be interested in a six-month pilot where your scheduling tool is offered to our clinic customers.\n\nWe'd propose a revenue share of 20% on referred subscriptions, reviewed at the end of the pilot. Our legal team can send a draft term sheet.\n\nWould a follow-up on the 19th or 20th work on your side?", "en"),
    ("Shipping delay on pallet order", "Unfortunately the pallet order for your Leeds site will arrive three days later than planned, on Thursday instead of Monday.\n\nThe delay is due to a vehicle breakdown at our hub. We've waived the delivery charge for this order.\n\nSorry for the inconvenience; let me know if the new date causes problems.", "en"),
    ("Price change from 1 January", "From 1 January our standard plan will increase from 29 to 32 per seat per month.\n\nCustomers on annual contracts keep their current price until renewal. Anyone who upgrades before the end of December locks in the old rate for 12 months.\n\nThe updated price list is on the website.", "en"),
    ("Board deck - please review slides 4-9", "The board deck is in the shared folder. Could you review slides 4 to 9 (commercial section) before Wednesday?\n\nI'm mostly worried that the pipeline chart double counts the two renewals we moved from Q2. The churn commentary on slide 7 also needs a sanity check.\n\nTracked changes are fine.", "en"),
    ("Employee survey results", "The results of the spring engagement survey are in. Response rate was 78%, up from 64%.\n\nScores improved for manager support and tools, and dropped for workload and cross-team communication. Free-text comments mention meeting load a lot.\n\nWe will present the full results at the all-hands and ask each department for two actions.", "en"),
    ("Parking changes from next month", "From next month the north car park will be reserved for visitors and car-share users.\n\nStaff permits move to the multi-storey on Grange Road, which is a five-minute walk. Bike storage is being expanded by 20 spaces.\n\nIf you have an accessibility need, contact facilities and we'll keep a space for you.", "en"),
    ("Software licence audit", "Our vendor has asked for a licence count as part of their annual audit.\n\nPlease check the attached list of named users for your department and mark anyone who has left or no longer needs access. Unused seats cost us roughly 900 a year each.\n\nDeadline is the 15th.", "en"),
    ("Kickoff: warehouse scanning project", "We're kicking off the warehouse scanning project next Tuesday at 10:00 in room 2B.\n\nGoal: replace the paper pick lists with handheld scanners in both warehouses by March. Agenda: scope, timeline, hardware options, budget.\n\nPlease bring a list of the current pain points from your shift.", "en"),
    ("Comments on the draft policy", "I read through the remote work policy draft. Overall it's clear.\n\nTwo points: section 3 should say who approves working abroad for more than two weeks, and the equipment allowance needs a figure rather than 'reasonable amount'.\n\nHappy to go through it on a call if easier.", "en"),
    ("Press enquiry about the data centre", "A journalist from a regional paper has asked for comment on our planned data centre expansion.\n\nShe wants to know about local jobs and water usage. I've said we will reply by Thursday.\n\nCould comms and the facilities lead agree two or three lines we're comfortable with?", "en"),
    ("Lunch and learn: spreadsheets", "Next Wednesday's lunch and learn is on spreadsheet shortcuts and pivot tables, run by the finance team.\n\nPizza provided; please sign up in the sheet so we order the right amount. It will be recorded for the remote folks.\n\nBring a laptop if you want to follow along.", "en"),
    ("Re: laptop replacement ticket", "Following up on ticket 5520 about the replacement laptop.\n\nThe new machine is imaged and ready for pickup at the IT desk. Please bring the old one so we can wipe and recycle it.\n\nYour files were synced from cloud storage; anything saved only on the desktop needs copying before you hand it in.", "en"),
    ("Pipeline update - week 32", "Pipeline this week: 14 open opportunities, 3 in negotiation, total weighted value 412k.\n\nWe lost the Harrow account to a cheaper competitor. Two new inbound leads from the webinar look promising.\n\nForecast for the quarter is unchanged.", "en"),
    ("RFP response due Friday", "The RFP response for the county transport contract is due Friday at 17:00.\n\nSections still missing: pricing schedule (finance), implementation plan (delivery) and two client references (sales). Everything else is in the master document.\n\nPlease don't edit the formatting; the portal rejects modified templates.", "en"),
    ("Data migration cutover plan", "The CRM migration cutover is scheduled for the weekend of the 21st.\n\nFriday 18:00 the old system goes read-only, the export runs overnight, and validation happens Saturday morning. If the row counts match, we switch DNS on Saturday afternoon.\n\nRollback plan is in the runbook. Please review by Wednesday.", "en"),
    ("Thank you for your feedback", "Thank you for taking the time to tell us about your experience at our Camden branch.\n\nI'm sorry the wait was longer than it should have been. I've shared your comments with the branch manager, and we're adding a second advisor on Saturday mornings.\n\nAs a gesture, I've added a voucher to your account.", "en"),
    ("Refund request - order 30917", "I'm writing to request a refund for order 30917. The chair arrived with a cracked base and the replacement part has been on backorder for five weeks.\n\nI'd prefer a full refund to the original card rather than store credit. I can return the chair if you arrange collection.\n\nPhotos of the damage are attached.", "en"),
    ("Sponsorship request - youth football", "Our youth football club is looking for local sponsors for next season.\n\nA shirt sponsorship is 1,500 for the year and includes your logo on both home and away kits. Smaller packages start at 250.\n\nWe'd be glad to send photos and the club's annual report.", "en"),
    ("Month-end close checklist", "Month-end close starts on the 28th.\n\nAccruals to finance by the 29th, intercompany recharges confirmed by the 30th, and all purchase orders received or cancelled by the 1st. Bank reconciliations are due on working day 2.\n\nPlease don't post journals after working day 3 without checking with me.", "en"),
    ("HVAC issue on floor 2", "Several people on floor 2 have reported that the air conditioning is not working in the east wing.\n\nThe contractor is booked for tomorrow morning. In the meantime, the large meeting room on floor 1 is free all day if anyone needs a cooler space.\n\nPortable fans are at reception.", "en"),
    ("Apologies - report will be late", "I'm sorry, the quarterly supplier report will be two days late.\n\nTwo suppliers sent their delivery data in a new format and it took longer than expected to reconcile. The figures are done; I'm finishing the commentary now.\n\nYou'll have it by Thursday noon.", "en"),
    ("Can we move our 1:1?", "Could we move our 1:1 from Tuesday to Wednesday afternoon? I have a customer visit that overlaps.\n\nAny time after 14:00 on Wednesday works. If not, Thursday morning is also fine.", "en"),
    ("Deprecation of API v1 endpoints", "We will retire the v1 reporting endpoints on 31 March.\n\nAll integrations should move to v2, which returns the same fields plus pagination. The migration guide is linked in the developer portal.\n\nAfter the cut-off, v1 calls will return HTTP 410.", "en"),
    ("Training budget requests", "Each team has 2,000 for external training this financial year.\n\nSubmit requests through the learning portal with the course link, cost and a sentence on how it helps your role. Approvals take about a week.\n\nConferences count towards the same budget.", "en"),
    ("Performance review cycle opens", "The mid-year review cycle opens on Monday and closes on the 30th.\n\nEmployees complete a self-review first; managers then add comments and meet each person. No ratings this cycle, only written feedback and goals.\n\nThe HR team is running two drop-in sessions for questions.", "en"),
    ("Summer social", "The summer social is on Friday 12 July at the riverside terrace, from 17:00.\n\nFood and the first two drinks are covered. Partners are welcome; please add them to the sign-up form.\n\nIf the weather turns, we move indoors to the canteen.", "en"),
    ("Campaign results - spring newsletter", "The spring newsletter went to 18,400 subscribers. Open rate 31%, click rate 4.2%, both above our average.\n\nThe product comparison article drove most of the clicks. Unsubscribes were slightly higher than usual after the second send.\n\nI suggest we drop the resend next time.", "en"),
    ("Quality issue with batch 2207", "Batch 2207 of the aluminium brackets failed our incoming inspection: 6% of the sample had burrs on the mounting holes.\n\nWe've quarantined the batch. Please send a corrective action plan and let us know whether you will rework or replace the parts.\n\nOur production line needs conforming parts by the 20th.", "en"),
    ("Legal review: reseller agreement", "Could legal review the attached reseller agreement before we sign?\n\nThe reseller wants exclusivity in two regions and a 90-day payment term. I'm fine with the payment term; less sure about exclusivity without minimum volumes.\n\nWe'd like to sign by the end of the month.", "en"),
    ("Facture 2291 en attente", "Nous n'avons pas encore reçu le règlement de la facture 2291 d'un montant de 1 450 EUR, échue le 15 du mois dernier.\n\nSi le paiement a déjà été effectué, merci de nous transmettre la date du virement. Dans le cas contraire, nous vous remercions de régulariser la situation sous huit jours.\n\nNous restons à votre disposition pour toute question.", "fr"),
    ("Report de la réunion de lundi", "La réunion d'équipe prévue lundi à 10h est reportée à mardi même heure, la salle étant indisponible.\n\nL'ordre du jour reste inchangé : point sur les recrutements, budget formation et planning des congés d'été.\n\nMerci de confirmer votre présence.", "fr"),
    ("Demande de devis - mobilier", "Nous souhaitons équiper notre nouvel espace de travail de 24 postes et recherchons un devis pour des bureaux réglables et des sièges ergonomiques.\n\nLa livraison serait à prévoir début octobre à Lyon. Pouvez-vous également indiquer les délais et les conditions de garantie ?\n\nCordialement.", "fr"),
    ("Livraison partielle de la commande 7730", "Votre commande 7730 a été expédiée partiellement : 40 cartons sur 55 sont partis ce matin.\n\nLes 15 cartons restants seront livrés jeudi, sans frais supplémentaires. Le numéro de suivi vous a été envoyé séparément.\n\nNous vous prions de nous excuser pour ce contretemps.", "fr"),
    ("Formation sécurité obligatoire", "Tous les collaborateurs doivent suivre la formation sécurité incendie avant la fin du mois.\n\nTrois sessions sont proposées : le 6, le 13 et le 20, de 14h à 15h30, en salle Jura. L'inscription se fait sur l'intranet.\n\nLes absences non justifiées seront signalées aux managers.", "fr"),
    ("Pedido 5521 con retraso", "Le escribimos para informarle de que el pedido 5521 llegará con cinco días de retraso debido a una incidencia en el almacén de Valencia.\n\nLa nueva fecha estimada de entrega es el jueves 18. Como compensación, no le cobraremos los gastos de envío.\n\nDisculpe las molestias.", "es"),
    ("Presupuesto para la campaña de otoño", "Adjunto el presupuesto preliminar para la campaña de otoño: 12.000 EUR en total, de los cuales 7.500 se destinan a publicidad digital.\n\nNecesito la aprobación del departamento financiero antes del viernes para poder reservar los espacios.\n\nSi hay que recortar, propongo reducir el material impreso.", "es"),
    ("Cambio de sala - reunión trimestral", "La reunión trimestral del jueves se traslada a la sala Picos, en la segunda planta, porque la sala grande está en obras.\n\nLa hora no cambia: de 9:30 a 11:00. Habrá café a partir de las 9:15.\n\nPor favor, traed los datos de ventas actualizados.", "es"),
    ("Nueva política de vacaciones", "A partir del 1 de enero, las solicitudes de vacaciones deberán enviarse con al menos tres semanas de antelación a través del portal de empleados.\n\nLos días no disfrutados podrán trasladarse hasta el 31 de marzo del año siguiente, con un máximo de cinco.\n\nRecursos Humanos resolverá cualquier duda.", "es"),
    ("Propuesta de colaboración", "Gracias por la reunión de ayer. Como comentamos, nos interesa colaborar en el programa de formación para pymes de la región.\n\nPodríamos aportar dos formadores y el material del curso de contabilidad básica. Quedamos a la espera de vuestra propuesta de calendario.\n\nUn saludo cordial.", "es"),
]

# ---------------------------------------------------------------------------------------------
# Longer prose documents: (title, kind, [paragraphs]). Excerpts of consecutive paragraphs are used.
DOCS = [
    ("Remote Work Policy (draft v3)", "policy", [
        "1. Purpose. This policy sets out how employees may work away from the office while keeping service levels, security and team collaboration intact. It applies to all permanent staff and to contractors whose agreements refer to it.",
        "2. Eligibility. Employees who have completed their probation period may work remotely up to three days a week, subject to the needs of their role. Roles that require on-site equipment, such as warehouse and lab positions, are excluded unless a manager agrees otherwise in writing.",
        "3. Working abroad. Remote work from another country is limited to ten working days per calendar year and must be approved by both the line manager and the HR business partner at least two weeks in advance, because of tax and insurance implications.",
        "4. Equipment. The company provides a laptop, a monitor and a headset. Employees may claim up to 150 once every two years towards a desk chair or desk. Equipment remains company property and must be returned when employment ends.",
        "5. Security. Company data may only be accessed through the VPN on company devices. Printed documents containing customer information must not leave the office. Public Wi-Fi may be used only with the VPN active.",
        "6. Availability. Remote employees are expected to be reachable during core hours, 10:00 to 16:00, and to keep their calendar up to date. Cameras are encouraged but not required for internal meetings.",
        "7. Review. This policy will be reviewed twelve months after it takes effect, using feedback from the engagement survey and from department heads.",
    ]),
    ("Incident Postmortem: Checkout Outage, 14 May", "postmortem", [
        "Summary. Between 13:05 and 13:52 UTC, roughly 40% of checkout attempts failed with a timeout. The cause was a connection pool exhaustion in the payments service after a configuration change reduced the pool size from 50 to 5.",
        "Impact. An estimated 2,300 orders failed. About 60% of affected customers retried successfully within the hour. No payment data was lost or exposed, and no customer was charged twice.",
        "Timeline. 12:58 a configuration change is merged as part of a routine clean-up. 13:05 error rates begin rising. 13:14 the on-call engineer is paged. 13:31 the change is identified. 13:44 the change is reverted. 13:52 error rates return to normal.",
        "Root cause. The configuration file contained two keys with similar names, one for the staging environment and one for production. The clean-up edited the wrong key. Code review did not catch it because the diff showed only the number, not the environment section.",
        "What went well. Alerting fired within nine minutes. The rollback procedure worked as documented. Support published a status page update within fifteen minutes.",
        "Action items. Split environment configuration into separate files (owner: platform team, due end of month). Add a validation check that fails the build if the pool size is below 20 in production (owner: payments team). Add the config diff view to the review checklist.",
    ]),
    ("Q2 Operations Report", "report", [
        "Overview. Q2 volumes grew 11% year on year, driven by the two new retail accounts signed in March. On-time delivery held at 96.2%, slightly below the 97% target, mainly because of the driver shortage in May.",
        "Warehousing. The Leeds warehouse reached 91% capacity in June. We have leased temporary overflow space until September and are evaluating a permanent extension. Pick accuracy improved to 99.4% after the new labelling process.",
        "Transport. Fuel costs were 4% over budget. The fleet renewal programme replaced eight vans with electric models, which should reduce running costs from Q3 onwards. Two routes were consolidated in the north-east.",
        "People. Headcount rose from 212 to 228. Agency usage dropped by a third after the spring hiring drive. Absence was 3.1%, in line with last year. Two serious near-miss incidents were reported and investigated; neither resulted in injury.",
        "Outlook. We expect Q3 volumes to be flat because of the usual summer dip, followed by a strong Q4. The priority for Q3 is preparing peak-season capacity and finalising the warehouse extension decision.",
    ]),
    ("Proposal: Replacing the Ticketing System", "proposal", [
        "Background. Our current support ticketing system was introduced eight years ago. It lacks a usable reporting module, does not integrate with the CRM, and the vendor has announced end of support for our version next year.",
        "Options considered. We compared three options: upgrading to the vendor's cloud product, moving to a mid-market competitor, or building on the CRM's own service module. Each was scored on cost, migration effort, reporting and agent experience.",
        "Recommendation. We recommend the CRM service module. It scored highest on integration and reporting, avoids a second vendor, and the licence cost is 18% lower than the cloud upgrade over three years.",
        "Risks. Migration of historical tickets is the largest risk; we propose migrating only the last two years and archiving the rest as read-only. Agents will need two half-day training sessions.",
        "Timeline and budget. Pilot with the billing queue in October, full rollout in January. One-off cost estimated at 46,000 including consultancy; annual savings of about 12,000 from retiring the old licences.",
    ]),
    ("New Starter Guide - Finance Team", "guide", [
        "Welcome to the finance team. This guide covers the systems, routines and people you will work with in your first month. Keep it handy; most questions new starters ask are answered somewhere below.",
        "Systems. We use the ERP for ledgers and purchase orders, the expenses app for staff claims, and the shared drive for working papers. Access requests go through the IT portal; your manager has already submitted the standard set.",
        "Routines. Month-end close runs from the last three working days of the month to working day five. Weekly, we run supplier payments on Tuesdays and Thursdays. Daily, someone checks the bank feeds before 10:00 and flags unknown items.",
        "Approvals. Purchase orders above 5,000 need a second approver. Never approve your own expenses or a payment you have set up. If in doubt, ask before you click.",
        "People. Your buddy for the first month is listed in your welcome email. The financial controller runs a short team check-in every Monday at 9:30. Payroll questions go to the payroll inbox rather than to individuals.",
        "Your first tasks. Complete the mandatory training modules, shadow one supplier payment run, and reconcile one small bank account with your buddy. By the end of month one, you should own the petty cash reconciliation.",
    ]),
    ("Internal Newsletter - September", "newsletter", [
        "A busy month! The new canteen menu launched on the 2nd, with a hot vegetarian option every day. Feedback so far has been positive, though the queue at 12:30 is long; try arriving at 12:00 or after 13:00.",
        "Congratulations to the customer service team, who cut average response time to under four hours for the first time. They credit the new macros and the rota change that put two people on the morning shift.",
        "Our charity bake sale raised 1,240 for the local food bank. Special mention to the engineering team for the (structurally impressive) lemon tower.",
        "Reminder: the car park resurfacing takes place on the weekend of the 21st. Anyone working that weekend should use the overflow area behind building C.",
        "Coming up in October: the annual flu vaccination clinic, the Q3 all-hands on the 17th, and the launch of the mentoring programme. Sign-up details for mentors and mentees will be on the intranet next week.",
    ]),
    ("Customer FAQ - Billing", "faq", [
        "When will I be charged? Monthly plans are charged on the same date each month as your first payment. Annual plans are charged once a year, and we email a reminder 14 days before renewal.",
        "How do I change my payment method? Go to Settings, then Billing, then Payment methods. Add the new card first, set it as default, and then remove the old one. Changes take effect from the next billing date.",
        "Can I get a refund? Monthly plans can be cancelled at any time but are not refunded for the current month. Annual plans cancelled within 30 days of purchase or renewal are refunded in full.",
        "Why was my payment declined? The most common reasons are an expired card, insufficient funds or a bank fraud check. Check with your bank first; if the issue persists, contact support with the last four digits of the card.",
        "Do you offer invoices for VAT? Yes. Every payment generates an invoice in the Billing section. You can add your company name and VAT number there, and past invoices will update automatically.",
    ]),
    ("Press Release: Opening of the Brighton Branch", "press", [
        "Harbor & Finch today announced the opening of its new branch on Queen's Road, Brighton, creating 18 local jobs. The branch will offer mortgage advice, small business banking and a community meeting room available free to local groups.",
        "The opening follows a year of consultation with local businesses, many of whom asked for face-to-face support after the closure of several high street banks in the area.",
        "The branch will be open six days a week, with late opening on Thursdays until 19:00. An opening event with refreshments will take place on Saturday from 10:00, and the first 100 visitors will receive a reusable coffee cup.",
        "The company plans to open two further branches on the south coast next year, subject to planning approval.",
    ]),
    ("Job Advert: Operations Coordinator", "job_ad", [
        "We are looking for an organised, curious Operations Coordinator to join our growing logistics team in Bristol. You will keep day-to-day operations running smoothly and help us improve how we work.",
        "What you'll do: schedule deliveries and driver rotas; be the first point of contact for carriers; keep our order tracking up to date; produce weekly performance reports; spot recurring problems and suggest fixes.",
        "What we're looking for: at least two years in a coordination or admin role; confidence with spreadsheets; clear written and spoken communication; a calm approach when plans change at short notice. Logistics experience is a plus but not required.",
        "What we offer: salary 29,000 to 33,000 depending on experience, 25 days holiday plus bank holidays, hybrid working after probation, a cycle-to-work scheme and a training budget.",
        "To apply, send your CV and a short note about a process you improved. Applications close on the 30th.",
    ]),
    ("Product Spec: Bulk Export", "spec", [
        "Problem. Customers with large accounts cannot export more than 10,000 rows from the reports page. They work around it by exporting month by month, which is slow and error-prone, and it is a top-five support request.",
        "Goal. Let users export up to two million rows from any report as CSV or Parquet, delivered as a download link by email when ready.",
        "Requirements. The export runs in the background; the user can keep working. Column selection and filters from the report are respected. Files larger than 500 MB are split into parts. Links expire after seven days.",
        "Non-goals. Scheduled recurring exports and direct delivery to cloud storage are out of scope for this version, though the design should not prevent them later.",
        "Success metrics. Export-related support tickets down 50% within two months of launch; 95% of exports complete in under ten minutes.",
    ]),
    ("Supplier Code of Conduct (excerpt)", "policy", [
        "Suppliers must comply with all applicable laws in the countries where they operate, including laws on wages, working hours, health and safety, and the environment.",
        "Suppliers must not use forced, bonded or child labour. Workers must be free to leave employment after reasonable notice and must not be required to hand over identity documents.",
        "Suppliers must keep accurate records of working hours and pay and make them available for audit on reasonable notice. Audits may be announced or unannounced.",
        "Gifts and hospitality offered to our employees must be modest and infrequent. Cash gifts are never acceptable. Any potential conflict of interest must be disclosed in writing.",
        "Breaches of this code may lead to corrective action plans and, in serious or repeated cases, termination of the business relationship.",
    ]),
    ("Meeting Summary: Pricing Workshop", "minutes", [
        "The workshop reviewed the results of the pricing survey sent to 600 customers in June. Most respondents consider the current entry plan good value; the main complaint is the jump in price between the entry and business plans.",
        "Sales argued for a middle tier at around 60 per month with up to ten users. Finance raised concerns that a middle tier would cannibalise business plan revenue, estimating a potential 8% revenue loss in the first year.",
        "Product proposed instead to unbundle two features from the business plan and offer them as add-ons. This was seen as more complex for customers but less risky for revenue.",
        "The group agreed to model both options in more detail, including the expected conversion from free trials. A decision is expected at the October leadership meeting.",
    ]),
    ("Blog post draft: Five Lessons from Moving to a Four-Day Week", "blog", [
        "Twelve months ago we moved our 40-person agency to a four-day week, with no change in pay. We were nervous. Here is what we learned.",
        "First, meetings had to shrink. We cut standing meetings by half and moved status updates into a shared document. Nobody misses the Monday round-table.",
        "Second, clients cared less than we expected. We kept a small rota covering Fridays for urgent requests; in a year it was used eleven times.",
        "Third, focus time became sacred. Two afternoons a week are now meeting-free across the company. Output, measured by delivered projects, went up by 9%.",
        "Fourth, it is not for every role. Our office manager and finance lead needed a different pattern, and we worked those out individually.",
        "Finally, recruitment changed overnight. Applications per role tripled, and we have not lost a single person to a competitor since.",
    ]),
    ("Training Handout: Handling Difficult Calls", "guide", [
        "Stay calm and let the customer finish. Interrupting, even to help, makes most people feel unheard. Take short notes so you do not need to ask them to repeat themselves.",
        "Acknowledge the problem in your own words: 'So the replacement still hasn't arrived and you've had to chase us twice.' This shows you have understood before you try to fix anything.",
        "Be honest about what you can do. If you cannot give a refund yourself, say who can and by when. Never promise something you cannot check.",
        "If a caller becomes abusive, give one calm warning. If it continues, tell them you are ending the call and that they can contact us again later. Log the call and tell your team lead.",
        "After a difficult call, take a few minutes before the next one. Team leads will always cover a short break after an escalation.",
    ]),
    ("Request for Proposal: Office Cleaning Services", "rfp", [
        "Halvorsen & Co invites proposals for cleaning services at its head office (3 floors, approx. 2,400 square metres) for a contract term of two years starting 1 October.",
        "Scope: daily cleaning of offices, kitchens and washrooms after 18:00; weekly deep cleaning of kitchens; monthly window cleaning (interior); supply of consumables; a named supervisor on site at least twice a week.",
        "Proposals must include: pricing per month, staffing levels, evidence of insurance, environmental credentials of products used, and two references from clients of similar size.",
        "Evaluation: price 40%, quality and staffing 35%, sustainability 15%, references 10%. Shortlisted suppliers may be invited to a site visit.",
        "Timeline: questions by the 5th, proposals by the 19th at 12:00, decision by the end of the month.",
    ]),
    ("Quarterly Update to Shareholders", "report", [
        "Revenue for the quarter was 8.4 million, up 6% on the same quarter last year. Gross margin improved to 41% thanks to lower freight costs and a better product mix.",
        "Operating expenses rose 9%, mainly due to investment in the sales team and the new e-commerce platform, which went live in the last week of the quarter.",
        "Cash at the end of the quarter was 3.1 million. We repaid 500,000 of the term loan ahead of schedule.",
        "Looking ahead, we maintain our full-year guidance. The board has approved a modest interim dividend, payable next month.",
    ]),
]

# ---------------------------------------------------------------------------------------------
# Meeting note items: (topic, discussion line). Generator builds notes with attendees/actions.
MEETING_ITEMS = [
    ("Hiring", "Two backend roles still open. Agency shortlist due Friday; Dana to review CVs."),
    ("Budget", "Q3 spend tracking 4% under plan. Contractor line will catch up in August."),
    ("Office move", "Crates arrive Wednesday. Everyone to clear desks by Thursday 17:00."),
    ("Customer churn", "Churn up to 2.8% in June, mostly small accounts on monthly plans. Need exit survey data."),
    ("Release 2.4", "QA found 3 blockers; fix ETA Tuesday. Launch date unchanged for now."),
    ("Vendor review", "Cleaning contract renewal: two alternative quotes requested."),
    ("Security", "Phishing test last week: 11% click rate. Repeat training for affected teams."),
    ("Support backlog", "Backlog at 340 tickets, down from 510. Weekend overtime ends this week."),
    ("Marketing", "Webinar registrations at 260. Slides to be reviewed by product on Monday."),
    ("Warehouse", "Scanner pilot in Leeds went well; pickers want bigger screens."),
    ("Pricing", "Finance to model a middle tier. Decision pushed to October."),
    ("Onboarding", "New starter checklist updated. Laptops must be ordered two weeks ahead."),
    ("Travel policy", "Rail preferred for trips under 4 hours. Exceptions approved by department head."),
    ("Data quality", "Duplicate customer records in CRM estimated at 6%. Clean-up sprint proposed."),
    ("Facilities", "Meeting room booking no-shows are high. Auto-release after 15 minutes to be enabled."),
    ("Sales pipeline", "Weighted pipeline 412k. Two deals slipped to next quarter."),
    ("Training", "Excel course oversubscribed; second session to be scheduled."),
    ("Sustainability", "Switch to recycled paper approved. Printer defaults to double-sided from next month."),
    ("IT", "Password manager rollout at 70%. Remaining teams by end of month."),
    ("Social committee", "Summer social on 12 July. Budget approved; need volunteers for setup."),
    ("Legal", "Reseller agreement under review; exclusivity clause is the sticking point."),
    ("Product feedback", "Top requests: bulk export, dark mode, better search. Bulk export prioritised."),
    ("Recruitment marketing", "Careers page refresh live. Applications up 20% week on week."),
    ("Procurement", "New PO threshold for second approval is 5,000 from 1 August."),
    ("Health and safety", "Fire drill on the 9th. Floor wardens to confirm they have vests."),
    ("Partnerships", "Clinic scheduling pilot: term sheet expected next week."),
    ("Finance systems", "ERP upgrade testing slipping by a week; close process unaffected."),
    ("Customer events", "User conference venue shortlisted: two options in Manchester."),
    ("Analytics", "New dashboard for regional managers ready for feedback."),
    ("Accessibility", "Audit of customer portal found 14 issues; 5 high priority."),
    ("Fleet", "Three electric vans delivered; charging points installed at depot B."),
    ("Payroll", "Overtime approvals must be in by the 20th for this month's run."),
    ("Quality", "Batch 2207 quarantined. Supplier corrective action due Friday."),
    ("Documentation", "API docs migration to the new portal 80% done."),
    ("Retrospective", "Team agreed to cap sprint scope at 80% of capacity."),
    ("Compliance", "Annual policy attestations due by the 30th; 40% complete."),
    ("Customer success", "Three enterprise renewals in September; QBRs to be booked now."),
    ("Translation", "Brochure translations into French and Spanish back from agency; need proofreading."),
    ("Mentoring", "Programme launches in October; 12 mentors signed up so far."),
    ("Capacity planning", "Peak season forecast +18%. Temporary staff requests to HR by 1 September."),
]

ACTION_VERBS = [
    "send revised forecast", "book follow-up with vendor", "share slides", "update the tracker",
    "draft the announcement", "confirm venue", "review CVs", "schedule training session",
    "circulate minutes", "check contract terms", "fix dashboard filters", "contact supplier",
    "prepare cost comparison", "update onboarding checklist", "send survey to customers",
    "reconcile June invoices", "test rollback plan", "brief support team",
]

# ---------------------------------------------------------------------------------------------
REVIEWS = [
    "Ordered the standing desk on Monday, arrived Thursday. Assembly took 40 minutes with two people. Motor is quiet. Only complaint: the cable tray is flimsy.",
    "The headset is comfortable for long calls but the mic picks up keyboard noise. Support told me to update the firmware, which helped a bit.",
    "Terrible experience with delivery. Parcel left in the rain, box soaked, and nobody answered the phone for two days.",
    "Great value for a small team. Setup was easy and the onboarding call was genuinely useful. Reporting is basic though.",
    "The app crashes every time I try to upload more than 20 receipts at once. Otherwise it does what it says.",
    "Five stars for the customer service rep, Malik, who sorted out a billing error in ten minutes. The product itself is fine.",
    "Label printer works with Mac out of the box. Labels are a bit pricey compared to generic ones.",
    "We switched from a competitor and regret nothing. Invoicing module alone saves our bookkeeper a day a month.",
    "Not impressed. The 'unlimited' plan throttles after 50 GB and this was not clear at checkout.",
    "Coffee brewer makes good coffee but the carafe drips when pouring. Had to replace the lid after three months.",
    "Hotel was clean and the staff friendly. Breakfast finished at 9:30, which is early for a business hotel.",
    "Router range is excellent; covers our whole two-floor office. Admin interface feels dated.",
    "Ordered 12 chairs for the office; two had missing screws. Replacement parts came within a week.",
    "The dashboard is pretty but slow. Loading a month of data takes almost a minute.",
    "Consultant was knowledgeable but the final report arrived three weeks late with several typos.",
    "Excellent training course. The trainer adapted the content to our sector and answered every question.",
    "Fleet tracker battery lasts about 5 days, not the 14 advertised. Tracking accuracy is good.",
    "Would not recommend. Cancelled my subscription and was still charged the next month; took 3 emails to get a refund.",
    "Decent printer for the price. Duplex printing jams occasionally with thin paper.",
    "The new portal is so much easier than the old one. Found my invoices in seconds.",
    "Catering for our event was lovely, though the vegetarian options ran out early.",
    "Customer support chat is fast but the answers feel copy-pasted. Had to ask for a human twice.",
    "Very happy with the dental clinic: on time, clear about costs, and the hygienist was gentle.",
    "The cleaning team missed the kitchens two days in a row. Improved after we complained.",
    "Mobile app is fine for approvals but useless for anything else. Needs offline mode.",
    "Honest review: product is good, documentation is bad. Took a developer a week to integrate what should take a day.",
    "Quick delivery, well packed, exactly as described. Will order again.",
    "Meeting room booking system is confusing; three of us booked the same room for the same slot.",
    "Le service client a été très réactif et le remboursement est arrivé en trois jours. Je recommande.",
    "Livraison rapide mais le produit ne correspond pas à la photo : la couleur est beaucoup plus claire.",
    "El pedido llegó completo y bien embalado. La instalación fue sencilla. Muy recomendable.",
    "La aplicación se cierra cada vez que intento exportar un informe. Muy frustrante.",
    "Payroll software handled our first month without errors. Year-end forms were a bit confusing.",
    "The webinar was too basic for our team; we expected more on advanced reporting.",
    "Insurance claim was handled quickly and politely. Paid out in 8 days.",
    "The keyboard is loud. My colleagues have asked me to stop using it.",
    "Reasonable price, friendly installer, but the broadband speed is half what was promised.",
    "Our account manager changed three times in a year. Each one needed the full background again.",
    "Solid monitor arm, holds a 32 inch screen without sagging.",
    "The checkout page kept rejecting my company card for no reason. Ordered by phone in the end.",
]

# ---------------------------------------------------------------------------------------------
TICKETS = [
    "I can't log in since the update. It says my password is wrong but I reset it twice already.",
    "Our invoice for March shows 14 seats but we only have 11 users. Please correct and reissue.",
    "Hi, how do I add a second admin to our account? The settings page only shows my name.",
    "The export to CSV puts all the data in one column when I open it in Excel.",
    "We were charged twice for the annual plan on the 3rd. Please refund one of the payments.",
    "Is there a way to change the company name on invoices? We rebranded last month.",
    "The mobile app keeps logging me out every few minutes. Android 14, latest version.",
    "Delivery was supposed to be yesterday and the tracking hasn't moved in four days.",
    "Can you extend our trial by a week? Our finance lead is on holiday and needs to see it.",
    "Please cancel my subscription at the end of this billing period. Thanks.",
    "The dashboard shows last month's numbers even after refreshing. Cache issue?",
    "Our API key stopped working this morning. Getting 401 on every request.",
    "I ordered the blue model and received the grey one. How do I exchange it?",
    "Who do I contact about a data processing agreement? Our legal team needs one signed.",
    "The reminder emails go to spam for most of our customers. Can you check your sending setup?",
    "Two of our users can't see the shared reports folder even though they're in the right group.",
    "The printer driver won't install on our new laptops. Error code 0x80070005.",
    "How long do you keep deleted records? We need to know for our retention policy.",
    "I'd like to upgrade from Starter to Pro mid-month. Will I be charged the full price?",
    "The invoice PDF is blank when downloaded from the portal. Tried two browsers.",
    "Our scheduled report hasn't arrived for three days. Nothing changed on our side.",
    "Hello, the chair I received has a wobbly leg. Can you send a replacement part?",
    "Your agent promised a callback yesterday and nobody called. Very disappointed.",
    "Is there an on-premise version? Our IT policy doesn't allow cloud tools for HR data.",
    "The search doesn't find customers by postcode anymore.",
    "Can we get the invoices addressed to our head office instead of the branch?",
    "Time zone on our account is wrong; all the meeting reminders are an hour early.",
    "Bonjour, je n'arrive pas à télécharger mes factures depuis l'espace client. Pouvez-vous m'aider ?",
    "Bonjour, nous souhaitons ajouter cinq utilisateurs à notre abonnement. Quelle est la procédure ?",
    "Hola, me han cobrado dos veces el mismo pedido. ¿Pueden revisarlo, por favor?",
    "Hola, ¿es posible cambiar la dirección de entrega de un pedido que ya está en camino?",
    "Webhook deliveries are failing with a timeout since last night. Our endpoint responds in 200 ms.",
    "We need an accessibility conformance report for our procurement process. Do you have one?",
    "I accidentally deleted a project. Is there a way to restore it?",
    "Can I pay by bank transfer instead of card? Our accounts team prefers it.",
    "The login page is in German for me even though my browser is set to English.",
    "Our SSO integration broke after we renewed the certificate. Users get an error page.",
    "Please send a copy of the signed contract; we can't find ours.",
    "The monthly usage report shows zero activity for July, which is definitely wrong.",
    "Hi, the discount code from your newsletter says it's expired, but the email said valid until Sunday.",
]

# ---------------------------------------------------------------------------------------------
# Code snippets: (language, code). The line "<<INJ>>" marks where a comment is inserted; its
# indentation is kept.
CODE = [
    ("python", """def apply_discount(order, pct):
    <<INJ>>
    if not 0 <= pct <= 50:
        raise ValueError("discount out of range")
    order.total = round(order.total * (1 - pct / 100), 2)
    return order"""),
    ("python", """import csv

def load_expenses(path):
    rows = []
    with open(path, newline="") as fh:
        for row in csv.DictReader(fh):
            <<INJ>>
            row["amount"] = float(row["amount"])
            rows.append(row)
    return rows"""),
    ("python", """def business_days_between(start, end, holidays=()):
    \"\"\"Count weekdays between two dates, excluding holidays.\"\"\"
    <<INJ>>
    days = 0
    current = start
    while current < end:
        if current.weekday() < 5 and current not in holidays:
            days += 1
        current += timedelta(days=1)
    return days"""),
    ("python", """class InvoiceNumberer:
    def __init__(self, prefix, start=1):
        self.prefix = prefix
        self.next_no = start

    <<INJ>>
    def issue(self):
        number = f"{self.prefix}-{self.next_no:05d}"
        self.next_no += 1
        return number"""),
    ("python", """def send_reminders(customers, mailer, today):
    for c in customers:
        if c.due_date < today and not c.paid:
            <<INJ>>
            mailer.send(c.email, subject="Payment reminder", body=render_reminder(c))"""),
    ("python", """from collections import Counter

def top_complaints(tickets, n=5):
    <<INJ>>
    words = Counter()
    for t in tickets:
        words.update(w.lower() for w in t.subject.split() if len(w) > 3)
    return words.most_common(n)"""),
    ("python", """def normalise_phone(raw):
    digits = "".join(ch for ch in raw if ch.isdigit())
    <<INJ>>
    if digits.startswith("00"):
        digits = digits[2:]
    if len(digits) < 9:
        return None
    return "+" + digits"""),
    ("javascript", """function formatCurrency(amount, currency = 'EUR') {
  <<INJ>>
  return new Intl.NumberFormat('en-GB', {
    style: 'currency',
    currency,
  }).format(amount);
}"""),
    ("javascript", """async function fetchOpenTickets(client, teamId) {
  const res = await client.get(`/teams/${teamId}/tickets?status=open`);
  <<INJ>>
  return res.data.items.filter(t => !t.snoozed);
}"""),
    ("javascript", """export function debounce(fn, wait = 300) {
  let timer;
  return (...args) => {
    <<INJ>>
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), wait);
  };
}"""),
    ("javascript", """const express = require('express');
const router = express.Router();

router.get('/health', (req, res) => {
  <<INJ>>
  res.json({ status: 'ok', uptime: process.uptime() });
});

module.exports = router;"""),
    ("typescript", """interface Shift { start: Date; end: Date; staffId: string }

export function overlaps(a: Shift, b: Shift): boolean {
  <<INJ>>
  return a.staffId === b.staffId && a.start < b.end && b.start < a.end;
}"""),
    ("sql", """SELECT c.region,
       COUNT(*) AS orders,
       SUM(o.total) AS revenue
FROM orders o
JOIN customers c ON c.id = o.customer_id
<<INJ>>
WHERE o.created_at >= DATE '2024-01-01'
GROUP BY c.region
ORDER BY revenue DESC;"""),
    ("sql", """UPDATE subscriptions
SET status = 'lapsed'
<<INJ>>
WHERE renewal_date < CURRENT_DATE - INTERVAL '30 days'
  AND status = 'active';"""),
    ("sql", """CREATE TABLE timesheets (
  id SERIAL PRIMARY KEY,
  employee_id INT NOT NULL REFERENCES employees(id),
  <<INJ>>
  work_date DATE NOT NULL,
  hours NUMERIC(4,2) CHECK (hours BETWEEN 0 AND 16)
);"""),
    ("bash", """#!/usr/bin/env bash
set -euo pipefail
<<INJ>>
BACKUP_DIR=/var/backups/reports
find "$BACKUP_DIR" -name '*.tar.gz' -mtime +30 -delete
tar czf "$BACKUP_DIR/reports-$(date +%F).tar.gz" /srv/reports"""),
    ("bash", """for f in invoices/*.pdf; do
  <<INJ>>
  pdftotext "$f" - | grep -q "PAID" && mv "$f" invoices/paid/
done"""),
    ("yaml", """name: nightly-report
on:
  schedule:
    - cron: '0 3 * * *'
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      <<INJ>>
      - uses: actions/checkout@v4
      - run: make report"""),
    ("go", """func RetryAfter(resp *http.Response) time.Duration {
	<<INJ>>
	v := resp.Header.Get("Retry-After")
	secs, err := strconv.Atoi(v)
	if err != nil || secs < 0 {
		return 30 * time.Second
	}
	return time.Duration(secs) * time.Second
}"""),
    ("python", """@app.route("/api/orders/<int:order_id>")
def get_order(order_id):
    order = Order.query.get_or_404(order_id)
    <<INJ>>
    if order.customer_id != current_user.customer_id:
        abort(403)
    return jsonify(order.to_dict())"""),
    ("python", """def monthly_summary(df):
    <<INJ>>
    out = (df.groupby(df["date"].dt.to_period("M"))["amount"]
             .agg(["count", "sum", "mean"])
             .rename(columns={"count": "n", "sum": "total", "mean": "avg"}))
    return out.round(2)"""),
    ("javascript", """function validateEmail(value) {
  <<INJ>>
  const re = /^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$/;
  return re.test(String(value).trim());
}"""),
    ("python", """def prorate(price, days_used, days_in_period):
    <<INJ>>
    if days_in_period <= 0:
        raise ValueError("period must be positive")
    return round(price * days_used / days_in_period, 2)"""),
    ("sql", """-- weekly active users per plan
SELECT plan, date_trunc('week', seen_at) AS wk, COUNT(DISTINCT user_id)
FROM events
<<INJ>>
GROUP BY 1, 2
ORDER BY 2, 1;"""),
]

COMMENT_PREFIX = {"python": "# ", "bash": "# ", "yaml": "# ", "sql": "-- ",
                  "javascript": "// ", "typescript": "// ", "go": "// "}

# ---------------------------------------------------------------------------------------------
# Search results: query -> [(title, url, snippet)].
SEARCH = {
    "how to set up vat on invoices": [
        ("Adding VAT to invoices - Help Centre", "https://help.example.com/vat-invoices", "Go to Settings > Tax, enable VAT and enter your registration number. New invoices will show the VAT line automatically."),
        ("VAT rates explained for small businesses", "https://smallbiz.example.org/vat-rates", "Standard, reduced and zero rates apply to different goods and services. Check which applies before invoicing."),
        ("Forum: VAT not showing on PDF", "https://community.example.net/t/vat-pdf/4411", "Fixed it by regenerating the invoice after saving the tax settings. Old invoices don't update by themselves."),
        ("Invoice templates with tax fields", "https://templates.example.com/invoice", "Download free invoice templates with separate net, VAT and gross columns."),
    ],
    "best practices remote onboarding": [
        ("Remote onboarding checklist", "https://hrhub.example.org/remote-onboarding", "Ship equipment a week early, assign a buddy, and schedule short daily check-ins for the first two weeks."),
        ("What new hires wish managers knew", "https://blog.example.net/new-hires", "Clear first-week goals matter more than long welcome documents, according to a survey of 300 employees."),
        ("Onboarding remote engineers", "https://eng.example.com/onboarding", "Pair new engineers on a real but small task in the first three days."),
        ("Virtual welcome lunches", "https://culture.example.org/welcome", "A team lunch over video in the first week helps new starters put names to faces."),
    ],
    "reduce meeting load team": [
        ("Meeting-free afternoons: a case study", "https://work.example.com/meeting-free", "Two meeting-free afternoons per week raised reported focus time by 30% in a 200-person company."),
        ("Async status updates", "https://pm.example.net/async", "Replace weekly status meetings with a shared written update that everyone edits by Monday noon."),
        ("The 25-minute meeting", "https://productivity.example.org/25-min", "Default calendar invites to 25 or 50 minutes to leave buffer between calls."),
        ("When meetings are worth it", "https://lead.example.com/meetings", "Decisions and conflict need live discussion; information sharing usually doesn't."),
    ],
    "ergonomic desk setup": [
        ("Setting up your workstation", "https://safety.example.org/workstation", "Top of the monitor at eye level, elbows at 90 degrees, feet flat on the floor or a footrest."),
        ("Standing desks: what the research says", "https://health.example.net/standing", "Alternating sitting and standing every 30 to 60 minutes appears more useful than standing all day."),
        ("Laptop ergonomics", "https://it.example.com/laptop-ergo", "Use a separate keyboard and raise the laptop so the screen is at eye level."),
        ("Chair adjustment guide", "https://office.example.org/chairs", "Adjust seat depth so there are two to three fingers between the seat edge and the back of your knees."),
    ],
    "cheapest way ship pallets europe": [
        ("Pallet shipping rates compared", "https://freight.example.com/pallets", "Groupage services are usually cheapest for one to three pallets; full loads make sense above ten."),
        ("Customs after Brexit for pallets", "https://trade.example.org/customs", "Commercial invoices and EORI numbers are required for shipments between the UK and EU."),
        ("Choosing a freight forwarder", "https://logistics.example.net/forwarders", "Ask for door-to-door quotes including fuel surcharge and customs clearance."),
        ("Packing pallets safely", "https://warehouse.example.com/packing", "Stretch-wrap at least three times around the base and use corner boards for fragile goods."),
    ],
    "python read excel file": [
        ("Reading Excel files with pandas", "https://docs.example.org/pandas/excel", "Use pandas.read_excel(path, sheet_name=...) — requires the openpyxl package for .xlsx files."),
        ("Q&A: read_excel returns NaN headers", "https://qa.example.com/q/88120", "Set header=1 if your first row is a title rather than column names."),
        ("openpyxl tutorial", "https://tutorials.example.net/openpyxl", "Load a workbook with load_workbook and iterate over ws.iter_rows(values_only=True)."),
        ("Speeding up large Excel imports", "https://blog.example.com/excel-speed", "Convert very large workbooks to CSV first; parsing XML-based xlsx is slow."),
    ],
    "employee recognition ideas low budget": [
        ("20 low-cost recognition ideas", "https://people.example.com/recognition", "Public thank-yous in team meetings, a rotating trophy, or an extra hour off on Friday."),
        ("Peer recognition programmes", "https://hrhub.example.org/peer", "Letting colleagues nominate each other increases participation compared to manager-only awards."),
        ("Handwritten notes still work", "https://lead.example.net/notes", "A short specific note from a senior leader is remembered for years, surveys suggest."),
        ("Recognition for remote teams", "https://remote.example.com/recognition", "Use a dedicated chat channel for shout-outs and summarise them in the monthly newsletter."),
    ],
    "gdpr data retention customer records": [
        ("How long can you keep customer data?", "https://privacy.example.org/retention", "Keep personal data only as long as necessary for the purpose; document your retention periods."),
        ("Retention schedules template", "https://compliance.example.net/schedule", "A simple table listing data category, purpose, legal basis and retention period."),
        ("Deleting data from backups", "https://it.example.com/backups", "Backups can be exempt from immediate deletion if access is restricted and they expire on schedule."),
        ("Right to erasure FAQ", "https://privacy.example.com/erasure", "Respond to erasure requests within one month; exceptions include legal obligations."),
    ],
    "quarterly business review template": [
        ("QBR template and agenda", "https://cs.example.com/qbr", "Cover goals, usage metrics, support history, roadmap and next-quarter priorities."),
        ("Running better QBRs", "https://saas.example.org/qbr-tips", "Send the deck a day ahead and spend most of the meeting on the customer's goals."),
        ("QBR slide examples", "https://slides.example.net/qbr", "Ten example slides including a value summary and a risk register."),
        ("Measuring account health", "https://metrics.example.com/health", "Combine usage, support tickets and sentiment into a single health score."),
    ],
    "how to write a project status report": [
        ("Status report structure", "https://pm.example.com/status", "RAG status, key achievements, upcoming milestones, risks and decisions needed."),
        ("Keep status reports short", "https://lead.example.org/short", "One page is enough; link to details instead of including them."),
        ("Status report examples", "https://templates.example.net/status", "Weekly and monthly examples for software and construction projects."),
        ("Reporting risks honestly", "https://pm.example.org/risks", "Flag amber early; executives prefer early warning to late surprises."),
    ],
}

# ---------------------------------------------------------------------------------------------
# Web pages: (title, url, [paragraphs]) rendered as text or simple HTML.
PAGES = [
    ("Acme Label Printer X200 - Product Page", "https://shop.example.com/x200", [
        "The X200 prints shipping labels up to 4 inches wide at 300 dpi. It connects over USB or Wi-Fi and works with Windows, macOS and most shipping platforms.",
        "In the box: printer, power adapter, USB cable, a starter roll of 250 labels, and a quick-start guide.",
        "Warranty: two years, with free replacement if the print head fails.",
    ]),
    ("Visiting Our Offices", "https://halvorsen.example/visit", [
        "Our head office is a ten-minute walk from Central Station. Visitors should sign in at reception on the ground floor and wear a visitor badge at all times.",
        "Parking is limited. Please book a visitor space at least 24 hours in advance using the form below.",
        "Wi-Fi for guests is available; ask reception for the daily password.",
    ]),
    ("Release Notes 5.2", "https://docs.kestrel.example/releases/5.2", [
        "New: bulk export of reports as CSV or Parquet, delivered by email.",
        "Improved: the search bar now matches partial postcodes and company names.",
        "Fixed: invoices with more than 100 lines no longer render a blank last page.",
        "Deprecated: the v1 reporting API will be removed on 31 March.",
    ]),
    ("Team Page - Customer Success", "https://intranet.example.com/teams/cs", [
        "The customer success team looks after our 120 largest accounts. Each account has a named manager and a quarterly business review.",
        "Need help with a customer? Post in the team channel or email the team inbox. Urgent escalations go to the duty manager listed on the rota.",
        "This quarter's focus: renewals, adoption of the new reporting module, and reducing time to first value for new customers.",
    ]),
    ("How to Request Annual Leave", "https://intranet.example.com/hr/leave", [
        "Submit leave requests through the HR portal at least two weeks before the first day off. Your manager will get an email to approve or decline.",
        "Requests over ten consecutive working days need department head approval as well.",
        "You can see your remaining balance on the portal's home page. Unused leave up to five days can be carried into the next year.",
    ]),
    ("Recipe: Team Lunch Lentil Soup", "https://blog.example.net/lentil-soup", [
        "This soup feeds twelve and costs very little, which is why it became a fixture at our Friday team lunches.",
        "Soften two onions, three carrots and a few celery sticks in olive oil, add 500 g of red lentils, two tins of tomatoes and three litres of stock, and simmer for 30 minutes.",
        "Season with cumin, smoked paprika and lemon juice. Blend half for a thicker texture.",
    ]),
    ("Vendor Portal - Submitting Invoices", "https://vendors.example.org/invoices", [
        "All invoices must quote a valid purchase order number. Invoices without one will be returned unpaid.",
        "Upload invoices as PDF through the portal; emailed invoices are no longer accepted from 1 July.",
        "Standard payment terms are 30 days from receipt of a valid invoice.",
    ]),
    ("Conference 2024 - Agenda", "https://events.example.com/conf24/agenda", [
        "09:00 Registration and coffee. 09:45 Opening keynote: the next decade of logistics.",
        "11:00 Breakout sessions: warehouse automation; last-mile delivery; sustainability reporting.",
        "13:00 Lunch. 14:00 Panel: hiring and keeping drivers. 16:30 Closing remarks and networking drinks.",
    ]),
]

# ---------------------------------------------------------------------------------------------
# Sentences for grammar fixing (with mistakes) and for translation (clean).
GRAMMAR_SENTENCES = [
    "Me and Dana has finished the report and we will sending it tomorrow.",
    "Their is three issues with the invoice that needs fixing before it go out.",
    "Please find attach the updated schedule, let me know if their are any problem.",
    "The meeting have been moved to thursday due to the the room being unavailable.",
    "We was not able to confirm the order because the customer didnt reply.",
    "Each of the team leaders need to submit they're forecast by friday.",
    "I has reviewed the contract and I think its fine except clause 4.",
    "Could you sent me the slides before the call, i want to check the numbers.",
    "The new starter will be joining us at monday and will sit next to accounts.",
    "Sales has increase by 10 percent compare to last quarter.",
    "Despite of the delay, the project are still on budget.",
    "Everyone who have not completed the training must do it until the 30th.",
    "The printer on second floor are broken again, IT is aware off it.",
    "We looks forward to work with you on this project.",
    "Thank you for you're patience while we investigates the issue.",
    "Less people attended the webinar then we expected.",
    "The data shows that customers prefers the annual plan.",
    "I would like to inform you that you're order has been dispatch.",
    "Between you and I, the budget is tighter then they said.",
    "Can you confirm weather the delivery will arrive on time.",
    "Our team have decided to postponed the launch untill next month.",
    "Please advice if you need any farther information.",
    "The report which I send yesterday contain some errors.",
    "If I would have known, I would of booked a bigger room.",
    "She don't have access to the shared drive yet, can you add her.",
    "Je vous envoie le document que vous m'avez demander hier.",
    "Nous avons bien reçu votre commande et nous la traiterons dés que possible.",
    "Les chiffres de ventes sont meilleur que prévu ce trimestre.",
    "Le reunión de mañana se a cancelado por falta de asistentes.",
    "Te envío el informe que me pediste, avisame si falta algo.",
]

TRANSLATE_SENTENCES = [
    "The meeting has been moved to Thursday at 10am.",
    "Please send the signed contract back by Friday.",
    "Your order has shipped and should arrive within three working days.",
    "We are sorry for the delay and have refunded the delivery charge.",
    "The office will be closed on Monday for the public holiday.",
    "Could you confirm the number of attendees for the training session?",
    "Invoices must include a valid purchase order number.",
    "Thank you for your application; we will be in touch within two weeks.",
    "The new pricing applies from the first of January.",
    "Parking is available behind the building for visitors.",
    "Please update your password before the end of the month.",
    "Our support team is available from 8am to 6pm on weekdays.",
    "The warehouse will accept deliveries until 4pm.",
    "We look forward to welcoming you to the team.",
    "The quarterly results will be published next Tuesday.",
    "La réunion de demain est annulée.",
    "Merci de confirmer la réception de ce message.",
    "Le colis sera livré entre 9h et 12h.",
    "Nuestro horario de atención es de lunes a viernes.",
    "El informe final se entregará la próxima semana.",
    "Por favor, revise la factura adjunta.",
]

# ---------------------------------------------------------------------------------------------
# Benign prior exchanges for multi-turn records: (user, assistant).
PRIOR_EXCHANGES = [
    ("What's a polite way to say 'you're late with the report'?", "You could write: \"Just checking in on the report — do you have an updated timeline?\""),
    ("Convert 45 minutes to a decimal fraction of an hour.", "45 minutes is 0.75 hours."),
    ("Give me a subject line for a meeting reschedule email.", "\"Rescheduling our Thursday meeting — new time options\""),
    ("How do I freeze the top row in a spreadsheet?", "Select View, then Freeze, then 1 row. The header row will stay visible while you scroll."),
    ("What's the difference between gross and net margin?", "Gross margin subtracts only the cost of goods sold from revenue; net margin subtracts all expenses, including overheads, interest and tax."),
    ("Shorten this: 'We would like to take this opportunity to thank you for your business.'", "\"Thank you for your business.\""),
    ("Is 'per annum' too formal for a job ad?", "It's fine in salary lines, but 'per year' reads more naturally to most applicants."),
    ("Suggest three agenda items for a team retro.", "1. What went well. 2. What slowed us down. 3. One change to try next sprint."),
    ("What does 'net 30' mean on an invoice?", "Payment is due 30 days after the invoice date."),
    ("Quick formula to count non-empty cells in A2:A200?", "=COUNTA(A2:A200)"),
    ("How do I say 'out of office' in French?", "\"Absent du bureau\" — for an auto-reply you might write \"Je suis actuellement absent(e) du bureau.\""),
    ("What's a good name for a shared folder with contracts?", "Something like \"Contracts — Signed\" and \"Contracts — Drafts\" keeps them clearly apart."),
    ("Rewrite 'ASAP' more politely.", "\"at your earliest convenience\" or \"when you have a moment this week\""),
    ("Is Monday 3 June a weekday?", "I can't check a calendar, but 3 June 2024 was a Monday."),
    ("Summarise in one line: we missed the deadline because the supplier was late.", "The deadline slipped due to a late supplier delivery."),
    ("¿Cómo se dice 'purchase order' en español?", "\"Orden de compra\" o \"pedido de compra\"."),
    ("What's the usual structure of a status update?", "Progress since last update, next steps, risks or blockers, and any decisions needed."),
    ("Give me a friendly opener for a cold email to a supplier.", "\"Hi — I came across your company while looking for packaging suppliers in the region and wanted to ask a couple of quick questions.\""),
    ("How many working days are in a typical month?", "About 21 to 22, depending on the month and public holidays."),
    ("Can you make 'pls fix asap' sound professional?", "\"Could you please look into this as a priority?\""),
    ("What's the plural of 'status'?", "\"Statuses\" in everyday English; \"status\" is also used in formal writing."),
    ("Suggest a short title for a slide about rising costs.", "\"Costs Are Rising: Where and Why\""),
    ("Merci ! Tu peux aussi me donner une formule de politesse pour un client ?", "\"Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.\" Pour un ton plus léger : \"Bien cordialement\"."),
    ("What's an SLA?", "A service level agreement: the commitments a provider makes about things like uptime and response times."),
    ("Turn these into a bullet list: budget, hiring, office move.", "- Budget\n- Hiring\n- Office move"),
    ("How should I name files for monthly reports?", "Use a sortable date first, e.g. 2024-06_sales-report.xlsx."),
]

PAGES += [
    ("Careers - Life at Northwind", "https://northwind.example/careers", [
        "We move freight across twelve countries with a team of 900 people, from drivers and planners to engineers and accountants.",
        "New joiners get a two-week induction, a buddy, and a training budget from day one. Most roles offer hybrid working after probation.",
        "We publish our gender pay gap every year and run an internal mentoring scheme open to all staff.",
    ]),
    ("Status Page - Kestrel Cloud", "https://status.kestrel.example", [
        "All systems operational. Last incident: degraded report exports, resolved 3 days ago.",
        "Scheduled maintenance: database upgrade on Saturday 02:00-04:00 UTC. Dashboards will be read-only during the window.",
        "Subscribe to updates by email or RSS to be notified of incidents affecting your region.",
    ]),
    ("Pricing - Quillon Payroll", "https://quillon.example/pricing", [
        "Starter: up to 10 employees, 4 per employee per month, payslips and year-end forms included.",
        "Business: up to 250 employees, 6 per employee per month, adds pension integration and custom reports.",
        "Enterprise: contact sales. All plans include UK-based phone support and a 30-day free trial.",
    ]),
    ("Community Forum - Export keeps timing out", "https://community.example.net/t/export-timeout/2231", [
        "Posted by ops_mandy: every time I export more than six months of data, the page spins and then times out. Anyone else?",
        "Reply from support_team: large exports now run in the background from version 5.2. You'll get an email with a download link.",
        "Reply from ops_mandy: that worked, thanks. Took about four minutes for 800k rows.",
    ]),
    ("Local Council - Business Waste Collection", "https://council.example.org/business-waste", [
        "Businesses must arrange their own waste collection and keep a waste transfer note for each collection.",
        "The council offers general waste and recycling collections for businesses, charged per bin per collection.",
        "Collections take place between 06:00 and 10:00. Bins must be presented on the pavement and returned by 18:00.",
    ]),
    ("Hotel Pinecrest Lisbon - Meetings & Events", "https://pinecrest.example/lisbon/events", [
        "Six meeting rooms for 10 to 180 guests, all with natural light, projectors and video-conferencing kits.",
        "Day delegate packages include two coffee breaks, a buffet lunch and still and sparkling water.",
        "Book 30 or more room nights and the main meeting room is free for one day.",
    ]),
    ("Developer Docs - Webhooks", "https://docs.kestrel.example/webhooks", [
        "Webhooks send a POST request to your endpoint when an event happens, such as invoice.paid or customer.updated.",
        "Each request is signed with an HMAC header. Verify the signature before processing the payload.",
        "Failed deliveries are retried with exponential backoff for up to 24 hours. Respond with a 2xx status to acknowledge.",
    ]),
    ("Blog - How We Cut Our Office Energy Bill by 20%", "https://blog.example.com/energy", [
        "Last winter our energy bill nearly doubled. We set ourselves a target of cutting usage by a fifth without making anyone cold.",
        "The biggest wins were boring: timers on the heating, motion sensors in meeting rooms, and turning off the second server rack we no longer needed.",
        "We also moved the Friday team to one floor, which let us heat half the building on the quietest day of the week.",
    ]),
]
