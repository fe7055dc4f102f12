"""Formal and legal-register requests: contracts, policies, terms, regulations, abstracts, letters.

Blocks are separated by lines holding only "---". None of this is legal advice for a real case;
the clauses, policies and abstracts were written for this set.
"""

# ruff: noqa: E501  (hand-written prose: one request or paragraph per line)

from __future__ import annotations

_RAW = r"""
Can you explain this clause from my tenancy agreement in plain English?

"The Tenant shall not, without the prior written consent of the Landlord (such consent not to be unreasonably withheld or delayed), assign, sublet, part with or share possession of the whole or any part of the Property."
---
What does "time is of the essence" mean in a contract?
---
Please rewrite this sentence from our staff handbook so it's less stiff but still formal: "Employees are hereby reminded that the utilisation of company vehicles for purposes other than those expressly authorised is strictly prohibited."
---
Draft a short, formal letter to my local council requesting that a broken streetlight on Elm Road (outside number 14) be repaired. It has been out for three weeks.
---
What is the difference between "shall", "will" and "may" in legal drafting?
---
Here is the abstract of my master's thesis. Could you tighten it to under 150 words without losing the main findings?

"This study investigates the relationship between urban green space availability and self-reported wellbeing among adults aged 25 to 64 in three medium-sized European cities. Using a cross-sectional survey (n = 1,842) combined with geospatial data on park proximity and tree canopy cover, we estimated multilevel regression models controlling for income, age, employment status and neighbourhood deprivation. Results indicate that residents living within 300 metres of a park larger than one hectare reported modestly higher wellbeing scores, with the association strongest among respondents without private gardens. Tree canopy cover at the street level showed a weaker but statistically significant association. The effect sizes were small and the cross-sectional design precludes causal claims. Nevertheless, the findings are consistent with previous work suggesting that equitable access to green space may contribute to population wellbeing, and they highlight the importance of small, accessible parks in dense urban areas for those who lack private outdoor space."
---
What's an indemnity clause, and why do freelance contracts often include one?
---
Write a formal complaint letter to an airline about a lost suitcase. Flight was from Madrid to Dublin on 3 March; bag reference MAD-DUB-4471 (made up for the example). I've had no update for 12 days.
---
Explain the difference between a warranty and a guarantee when buying electronics, in general terms.
---
Could you summarise what a GDPR "data subject access request" is and what a company usually has to provide?
---
Draft a simple privacy notice for a local running club's membership form. We collect name, email, emergency contact and date of birth.
---
What's the difference between a misdemeanour and a felony? General explanation, US context.
---
Proofread this paragraph from a grant application, please:

"Our organisation have been delivering free literacy workshops to adults in the borough since 2015. Over this period we has supported more then 1,200 learners, many of who had left school without qualifications. The proposed project will expand this work to two new community centres, and will include a evaluation strand led by the university."
---
Explain what "force majeure" means and whether a pandemic usually counts.
---
Write a formal email to a university admissions office asking whether my foreign diploma needs an official translation.
---
What does "without prejudice" mean at the top of a letter?
---
Please turn this informal note into a formal memo to all staff:

"hi all - from next month we're switching to the new expenses system. old forms won't be accepted after the 30th. training sessions are tues and thurs at 2 in room B. shout if you have questions."
---
What is the difference between an NDA that is "mutual" and one that is "unilateral"?
---
Here are the terms for a small online craft shop. Can you check they're clear and suggest anything missing?

1. Orders are dispatched within 5 working days.
2. Returns are accepted within 14 days of delivery if items are unused.
3. Custom orders cannot be returned unless faulty.
4. We are not responsible for delays caused by the postal service.
5. Prices include VAT.
---
What are "terms and conditions" actually for, legally speaking? Does anyone read them?
---
Write a formal letter of resignation. I've worked as a laboratory technician for four years, my notice period is one month, and I want to thank my manager, Dr Huang.
---
Explain the concept of "consideration" in contract law like I'm a first-year student.
---
Can you explain the difference between a regulation and a directive in EU law?
---
Draft a polite but firm letter to a contractor who hasn't finished the kitchen renovation by the agreed date, asking for a revised schedule within seven days.
---
I need to write a "statement of purpose" for a PhD in marine biology. Can you give me a structure and a sample opening paragraph?
---
What does "jointly and severally liable" mean?
---
Translate this clause into plain language for a flyer for our tenants' association:

"The Lessor reserves the right to enter the demised premises at all reasonable times upon giving not less than twenty-four hours' written notice (save in the case of emergency) for the purposes of inspecting the state of repair thereof."
---
Write an abstract (about 180 words) for a conference paper about using mobile phone data to estimate commuting patterns in a mid-sized city. Findings: morning peaks shifted 25 minutes later after a flexible-working policy.
---
What's the difference between a patent, a trademark and a copyright?
---
Please draft a short acceptable-use policy for the shared computers in a community centre.
---
Can you explain what a "limited liability partnership" is, compared to an ordinary partnership?
---
Rewrite this in formal academic English: "Lots of people think social media makes teens sad, but the studies are kind of mixed and it depends on how they use it."
---
What are the usual sections of a commercial lease? I'm opening a small café and want to know what to look for before meeting a solicitor.
---
Write a formal request to my employer for a flexible working arrangement: I'd like to work from home on Mondays and Fridays to care for my father.
---
Explain what "pro rata" means in a job advert that says "£28,000 pro rata, 3 days a week".
---
Here's a paragraph from a company's refund policy. Is it consistent? It seems to contradict itself.

"All sales are final. Customers may request a refund within 30 days of purchase. Refunds will be issued as store credit only, except where a full cash refund is required by law or where the item is returned unopened."
---
Draft minutes-style wording for a board resolution approving the purchase of a new minibus for a charity, cost up to €42,000.
---
What's the difference between arbitration and mediation?
---
Could you write a formal letter to a bank disputing a duplicate card charge of €64.90 on 12 May at a supermarket?
---
What does "notwithstanding" mean in legal writing? Give me an example sentence.
---
Write a concise conflict-of-interest policy for a small volunteer-run sports club committee.
---
Explain what "probate" is and roughly how long it takes in England and Wales.
---
Polish this cover paragraph for a formal report to the city's transport committee:

"This report sets out the findings of the review of the bus lane pilot which was done between January and June, it looks at journey times, safety and what residents said, and makes some recommendations."
---
What is "due diligence" when buying a small business?
---
Write a short formal letter confirming to a tenant that their deposit of £1,100 has been registered with a deposit protection scheme.
---
Explain the idea of "reasonable adjustments" in employment law in general terms.
---
Can you summarise, in bullet points, what a typical software licence agreement (EULA) restricts?
---
Write an abstract for a literature review on the effects of school start times on adolescent sleep and academic performance. About 200 words, neutral tone.
---
Please explain the legal meaning of "best endeavours" vs "reasonable endeavours".
---
Draft a formal invitation from a university department to an external examiner for a PhD viva on 14 November.
---
Here is a draft clause for a freelance design contract. Is it clear who owns the work?

"Upon receipt of full payment, the Designer assigns to the Client all rights in the final approved designs. The Designer retains the right to display the work in their portfolio. Preliminary sketches and unused concepts remain the property of the Designer."
---
What does "ultra vires" mean?
---
Write a formal notice for residents that the water supply will be interrupted on Thursday between 9:00 and 13:00 for maintenance.
---
Can you explain what a "data processing agreement" is and when a small business needs one?
---
What's the role of a notary public? Is it different in civil-law countries?
---
Rewrite this regulation summary for a general audience:

"Operators of food business establishments shall ensure that all personnel handling unwrapped foodstuffs receive supervision and instruction and/or training in food hygiene matters commensurate with their work activity."
---
Draft a formal letter of recommendation for a former intern, Priya, who worked on our data team for six months. She was reliable, curious and wrote excellent documentation.
---
Explain how a "statute of limitations" works, with a general example.
---
Write a short health-and-safety policy statement for a small printing workshop with five staff.
---
What does "hereinafter referred to as" do in a contract? Can I just write "(the Buyer)"?
---
Please draft a formal apology from a hotel manager to a guest whose room was double-booked.
---
Can you explain the difference between a deed and a simple contract?
---
I'm on the committee of a residents' association. Write a draft constitution section on how committee members are elected and how long they serve.
---
Summarise the main ideas of a typical cookie consent policy in three sentences.
---
Write a formal letter to the tax office requesting an extension of the filing deadline because of a hospital stay.
---
What's the difference between a trust and a foundation?
---
Here's an abstract. Please flag any claims that sound stronger than the evidence described.

"We demonstrate that daily mindfulness practice eliminates workplace stress. Forty-two employees at one firm completed a four-week app-based programme; mean scores on a self-report stress scale fell by 11% compared with baseline. These results prove that organisations should mandate mindfulness training."
---
Draft an email to a journal editor asking about the status of a manuscript submitted four months ago.
---
What does "severability" mean in a contract?
---
Write a formal notice of a general meeting for a small cooperative, including date, place, agenda items and how to send apologies.
---
Can you explain what "fiduciary duty" means for a company director?
---
Rephrase this paragraph in a more neutral, policy-document tone:

"We absolutely will not tolerate people being late to shifts. Anyone who keeps turning up late is going to be in serious trouble."
---
Explain the basics of how planning permission works for a home extension, in general terms.
---
Write a formal letter declining a supplier's proposal, thanking them, and leaving the door open for future tenders.
---
What's a "letter of intent" and is it binding?
---
Draft a short data-retention schedule for a dental practice's appointment records, invoices and emails, with suggested retention periods and a note that they must check local rules.
---
Explain the meaning of "liquidated damages" with an example from a construction contract.
---
Write a formal complaint to a local newspaper about an inaccurate report on our school's fundraising event, requesting a correction.
---
What does "in good standing" mean on a certificate from a professional body?
---
Please create a formal meeting agenda for a quarterly governance committee: approval of minutes, finance report, risk register review, policy updates, any other business.
---
How should I write the methods section of an academic paper? Give me an outline for a survey study.
---
Write a standard confidentiality paragraph for the footer of a consultancy's emails.
---
What does "on a without-liability basis" mean in a reference letter?
---
Write an official letter from a school informing parents about a change to the autumn term dates.
---
Explain what a "material breach" of contract is.
---
Draft a formal letter to a landlord giving two months' notice to end a periodic tenancy.
---
Can you explain the difference between civil law and common law systems?
---
Rewrite this academic sentence so it's easier to read without dumbing it down: "The operationalisation of the construct of resilience within the extant literature exhibits considerable heterogeneity, thereby impeding cross-study comparability."
---
Write a formal appeal letter against a parking fine. The signs were covered by scaffolding on the day (I have photos).
---
What are "recitals" at the start of a contract, and are they legally binding?
---
Please draft a volunteer agreement for a food bank: what the volunteer can expect, what we expect, and a note that it isn't an employment contract.
---
What does "assignment of copyright" mean compared with a licence?
---
Write a short executive summary for a policy brief recommending free school breakfasts, based on attendance improving 4% in a pilot of 12 schools.
---
Explain "burden of proof" and "standard of proof" in simple terms.
---
Draft a formal letter from a homeowners' association reminding residents about the rules on bins left on the pavement.
---
Could you outline the structure of a typical regulatory impact assessment?
---
Write a formal acknowledgement letter for receipt of a job application, saying we'll be in touch within three weeks.
---
What is a "codicil" to a will?
---
Check this policy sentence for ambiguity: "Staff may work from home two days a week with manager approval unless there is a business need."
---
Write a formal thank-you letter to a sponsor who funded new kit for our youth football team.
---
Explain what a "bill of lading" is in shipping.
"""

FORMAL = [b.strip() for b in _RAW.strip().split("\n---\n")]
