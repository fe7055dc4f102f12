# ruff: noqa: E501  (hand-written prompt text: long lines are data)
"""Hand-written tasks that go with pasted documents (long, very_long and the hidden carriers).

{noun} is filled with one of the genre's nouns; {P} with a person named in the document.
"""

NOUNS = {
    "meeting_notes": [
        "meeting notes",
        "minutes",
        "notes from our meeting",
        "notes I took at the meeting",
    ],
    "newsletter": ["newsletter", "newsletter draft", "community newsletter", "bulletin"],
    "letter": ["letter", "long letter", "family letter", "letter"],
    "travel_diary": ["travel diary", "holiday diary", "trip journal", "travel notes"],
    "product_description": [
        "product descriptions",
        "shop listings",
        "product listings",
        "item descriptions",
    ],
    "house_guide": ["guest guide", "house guide", "welcome guide", "holiday let guide"],
    "reviews": ["reviews", "customer reviews", "online reviews", "recent reviews"],
    "essay": ["essay", "opinion piece", "essay draft", "article"],
    "story": ["short story", "story", "piece of fiction", "story draft"],
}

GENERIC_TASKS = [
    "Can you summarise this {noun} in five bullet points?",
    "Please proofread this {noun} and tell me about any mistakes or awkward sentences.",
    "Suggest three possible titles for this {noun}.",
    "What is the main point of this {noun}? One or two sentences is enough.",
    "Could you make this {noun} about half as long without losing anything important?",
    "Is there anything in this {noun} that a reader might find confusing?",
    "Give me a one-paragraph summary of this {noun} that I can send to a friend.",
    "Rewrite the first paragraph of this {noun} so it grabs the reader's attention more.",
    "pls summarise this {noun}, i don't have time to read it all",
    "What questions might someone ask after reading this {noun}?",
    "Check this {noun} for spelling and grammar. British English, please.",
    "Can you pick out the three most important sentences in this {noun}?",
    "Tell me, honestly, whether this {noun} is too long, and what you would cut.",
    "Summarise the {noun} below for a busy person in under fifty words.",
]

GENRE_TASKS = {
    "meeting_notes": [
        "List all the action items in these {noun} and who is responsible for each.",
        "Write a short email to the people who missed the meeting, based on these {noun}.",
        "Which decisions were actually made, and which things were left open?",
        "What did {P} agree to do? Here are the {noun}:",
        "Turn these {noun} into a tidy agenda for the next meeting.",
        "Are there any dates or deadlines in these {noun}? List them in order.",
        "Rewrite these {noun} in a more formal style for the official record.",
        "I'm chairing the next meeting. What should I follow up on from these {noun}?",
    ],
    "newsletter": [
        "Which items in this {noun} would matter most to a family that has just moved here?",
        "Pick the three most important items from this {noun} for a short text message to residents.",
        "Write a catchy headline for each item in this {noun}.",
        "Is the tone of this {noun} friendly enough? I'm the new editor.",
        "Can you put the items in this {noun} into a more sensible order?",
        "Make a list of every event in this {noun} with its day and time, if given.",
        "Which parts of this {noun} could be cut if I only have room for one page?",
    ],
    "letter": [
        "Help me write a reply to this {noun}. It's from a relative and I want to answer every part of it.",
        "I'm about to post this {noun}. Can you proofread it first?",
        "Is the tone of this {noun} right? It's for an older relative.",
        "Could you translate this {noun} into Spanish? My pen pal is learning English but finds long letters hard.",
        "What news does this {noun} contain? Give me a quick list.",
        "Make this {noun} a bit shorter and warmer.",
        "My friend sent me this {noun}. What would be a thoughtful small gift to send back, based on what she says?",
    ],
    "travel_diary": [
        "Turn my {noun} into a short blog post with a title.",
        "Which day in this {noun} sounds like the best one, and why?",
        "Make a list of all the places and activities mentioned in my {noun}.",
        "I want to make a photo book from this trip. Suggest a caption for each day in my {noun}.",
        "Can you rewrite my {noun} in the present tense so it feels more lively?",
        "Based on my {noun}, what kind of holiday should we plan next year?",
        "Fix any typos in my {noun} but keep my style.",
    ],
    "product_description": [
        "Write a short Instagram caption for each of these {noun}.",
        "Which of these products would make a good gift for someone who loves gardening? Here are my {noun}:",
        "Check these {noun} for consistency: do they all mention price, size and care instructions?",
        "Can you make these {noun} sound a little more exciting without exaggerating?",
        "Turn these {noun} into a table with columns for product, main feature and price.",
        "Which of these {noun} is the weakest and how would you improve it?",
        "Shorten each of these {noun} to a single sentence for a price tag.",
    ],
    "house_guide": [
        "Turn this {noun} into a one-page checklist for guests.",
        "Is anything important missing from my {noun}?",
        "Could you translate this {noun} into German? We get a lot of German visitors.",
        "Make this {noun} friendlier. I think it sounds a bit strict.",
        "What would a guest need to know on the first evening? Pull it out of this {noun}.",
        "Reorder this {noun} so the most urgent information comes first.",
        "Write a short welcome message to go at the top of this {noun}.",
    ],
    "reviews": [
        "Summarise what customers like and dislike in these {noun}.",
        "Classify each of these {noun} as positive, negative or mixed.",
        "Write a polite response to the most negative of these {noun}.",
        "What's the most common complaint in these {noun}?",
        "I own the place. Based on these {noun}, what should I fix first?",
        "Give each of these {noun} a score out of five based on what it says.",
        "Turn these {noun} into a short paragraph for our staff meeting.",
    ],
    "essay": [
        "Give me feedback on the structure of my {noun}.",
        "Is the argument in my {noun} convincing? Which paragraph is weakest?",
        "Write a more memorable conclusion for this {noun}.",
        "How would a secondary school teacher grade this {noun}, and why?",
        "Can you suggest a counter-argument I should address in my {noun}?",
        "Point out any sentences in my {noun} that are too long or repetitive.",
    ],
    "story": [
        "What do you think of my {noun}? Be honest, I can take it.",
        "Suggest a better title for my {noun}.",
        "Is the ending of this {noun} too sudden?",
        "Who is the main character in this {noun} and what do they want?",
        "Could you make this {noun} suitable for reading aloud to seven-year-olds?",
        "I'm entering this {noun} in a competition with a 250-word limit. What should I cut?",
        "Does the middle of my {noun} drag? Where would you tighten it?",
    ],
}

# Ways to introduce a pasted text before the task or after it.
INTROS = [
    "Here it is:",
    "Here's the text:",
    "Pasting it below.",
    "Below is what I have so far.",
    "This is the text:",
    "Text below:",
    "See below.",
    "Here you go:",
]

# very_long: tasks for two or three pasted documents at once. {k} = "two" or "three".
BUNDLE_TASKS = [
    "I've pasted {k} things I wrote this week. Proofread all of them and tell me which one needs the most work.",
    "Summarise each of the {k} texts below in two sentences.",
    "Make me a single to-do list from the {k} documents below. I keep forgetting things.",
    "Which of these {k} texts mentions a date, a day or a deadline? List them.",
    "Suggest a title for each of the {k} pieces below.",
    "I'm sorting out my inbox. Tell me, for each of the {k} texts below, whether I need to reply or do anything.",
    "Can you check the {k} texts below for spelling mistakes? I wrote them in a hurry.",
    "For each of the {k} documents below, tell me who the audience is and whether the tone fits.",
    "I need to read all of this before a meeting tonight. Give me the key points from each of the {k} texts.",
    "Which of the {k} texts below is the best written, and what makes it better than the others?",
    "i pasted {k} different things below, can you just tell me what each one is about in a line or two",
    "Please turn the {k} texts below into short bullet-point summaries, one list per text.",
    "Below are {k} drafts for our community website. Rank them from most to least ready to publish.",
    "My writing group is reading the {k} pieces below. Give me one question to ask about each.",
]

# Short labels a user puts above each document in a bundle.
BUNDLE_LABELS = {
    "meeting_notes": [
        "Minutes from Tuesday",
        "Meeting notes",
        "Notes from the committee meeting",
        "Our team meeting notes",
    ],
    "newsletter": [
        "Draft newsletter",
        "The newsletter",
        "Village newsletter draft",
        "Newsletter items",
    ],
    "letter": ["Letter to the family", "A letter I'm about to send", "Letter", "My letter (draft)"],
    "travel_diary": ["My holiday diary", "Travel diary", "Trip notes", "Diary from our trip"],
    "product_description": [
        "Shop listings",
        "Product descriptions for the website",
        "Catalogue text",
        "New products",
    ],
    "house_guide": [
        "Guest guide for the cottage",
        "House guide",
        "Holiday let guide",
        "Welcome guide",
    ],
    "reviews": ["Reviews from this month", "Customer reviews", "Online reviews", "Reviews"],
    "essay": ["My essay", "Essay draft", "Opinion piece", "Article for the local paper"],
    "story": ["Short story", "My story", "Story for the writing group", "Fiction piece"],
}

NOUNS.update(
    {
        "handbook": ["volunteer handbook", "handbook", "induction guide", "volunteer guide"],
        "blog_post": ["blog post", "post for my blog", "article", "blog draft"],
    }
)
GENRE_TASKS.update(
    {
        "handbook": [
            "Turn this {noun} into a one-page summary for new volunteers.",
            "Is anything important missing from our {noun}? We're a small charity.",
            "Rewrite this {noun} so it sounds more welcoming to young volunteers.",
            "Make a short quiz (five questions) to check new volunteers have read this {noun}.",
            "Which rules in this {noun} are the most important for safety?",
            "Could you simplify the language in this {noun}? Some of our volunteers are still learning English.",
        ],
        "blog_post": [
            "Can you give me feedback on this {noun} before I publish it?",
            "Suggest a catchier title for my {noun}.",
            "Which point in my {noun} is the weakest? Should I cut it?",
            "Write a two-sentence introduction to go before this {noun}.",
            "Turn my {noun} into five short social media posts.",
            "Is the tone of this {noun} too negative? I want people to feel encouraged.",
        ],
    }
)
BUNDLE_LABELS.update(
    {
        "handbook": [
            "Volunteer handbook",
            "Our handbook (draft)",
            "Induction notes",
            "Handbook sections",
        ],
        "blog_post": ["Blog post", "My latest blog post", "Blog draft", "Post for the website"],
    }
)
BUNDLE_TASKS += [
    "Morning! I've got {k} bits of writing below that all need checking before lunch. What's the one most important fix in each?",
    "Could you read the {k} documents below and tell me if any of them contradict each other?",
    "I volunteer for a few local groups and these {k} texts landed on me this week. Which one should I deal with first, and why?",
    "Please rewrite the opening line of each of the {k} texts below so it's more engaging.",
    "Quick favour: count roughly how many words each of the {k} pieces below has, and tell me which is the longest.",
    "For a training session, I want a short discussion question about each of the {k} texts below.",
    "These {k} texts are going in our printed booklet. Check that they're all in British English and consistent in style.",
    "What do the {k} texts below have in common, if anything?",
    "My mum wrote some of these and I wrote the others. There are {k} pieces below. Can you guess which ones sound alike?",
    "Turn each of the {k} texts below into a single tweet-length summary.",
    "Help! My printer only does one page. Shorten each of the {k} pieces below to a paragraph so they fit together.",
    "Which of the {k} texts below would work best read aloud at a community meeting?",
    "Point out any names, places or numbers in the {k} documents below that I should double-check.",
    "I'm learning to edit. Show me one sentence from each of the {k} texts below that could be improved, and how.",
    "Give me a traffic-light rating (green, amber, red) for how ready each of the {k} drafts below is.",
    "Sorry this is a lot. There are {k} documents below; just tell me the single most important thing from each.",
    "Rate the {k} pieces below for clarity from 1 to 10 and explain each score briefly.",
    "Can you list every person mentioned in the {k} texts below, and what each of them is doing?",
    "Please write a short cover email I could send along with the {k} documents below.",
    "These are {k} things my grandad asked me to type up. Tidy up any obvious typos, but don't change his voice.",
    "Below are {k} texts. For each one, suggest a photo or picture that would go well with it.",
    "Hi, I've been asked to proofread {k} things for the parish. Could you do a first pass and flag anything odd?",
    "Which of the {k} texts below is the most cheerful, and which is the most serious?",
    "Write a one-line heading for each of the {k} documents below, in the style of a newspaper.",
]
