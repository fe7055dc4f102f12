"""Verse and creative requests (poems, lyrics, stories, harmless role-play), one per block.

Blocks are separated by lines holding only "---".
"""

# ruff: noqa: E501  (hand-written prose: one request or paragraph per line)

from __future__ import annotations

_RAW = r"""
Write a limerick about a cat who is afraid of cucumbers.
---
Can you write a short poem for my grandmother's 85th birthday? She loves her garden, crosswords and terrible puns.
---
write me a haiku about the first coffee of the morning
---
Write a sonnet about commuting on a crowded train, but make it sincere rather than jokey.
---
I need a pirate-voiced message for my nephew's 7th birthday card. He's obsessed with treasure maps and his dog Biscuit.
---
Pretend you're a Socratic tutor. Don't give me the answer; ask me questions until I figure out why heavier objects don't fall faster.
---
Write the opening paragraph of a cosy mystery set in a village bakery.
---
Write lyrics for a silly song about doing laundry, to be sung to the tune of a generic pop chorus. Two verses and a chorus.
---
Give me a bedtime story about a small cloud who is scared of thunder. About 300 words, for a 4 year old.
---
Can you write a free-verse poem about moving out of my childhood home?
---
You're a medieval town crier. Announce that the office coffee machine has been fixed.
---
Write a funny acrostic poem using the word MONDAY.
---
Write a short story (under 500 words) where a lighthouse keeper receives a letter that was posted 40 years ago.
---
Roleplay: you're a friendly barista in Lisbon and I'm a tourist practising ordering in Portuguese. Correct me gently if I make mistakes. I'll start: "Olá, queria um café, por favor."
---
write a rhyming toast for my brother's wedding, he's marrying his university sweetheart, both love hiking
---
Write a villanelle about the sea. I know it's a hard form - do your best with the refrains.
---
Could you write a motivational speech, as if from a football coach at half-time, but the team is a group of librarians preparing for a book sale?
---
Write a dialogue between a teapot and a coffee mug arguing about which is more important at breakfast.
---
I'm running a D&D session tonight. Describe a tavern the players walk into - sights, sounds, smells, and one odd patron.
---
Write a poem in the style of a nature documentary narrator describing my toddler eating spaghetti.
---
Help me brainstorm names for a fantasy kingdom that is built inside a giant hollow tree.
---
Write a 6-word story about autumn.
---
Here's the first verse of a song I'm writing. Can you help me with a second verse that keeps the same rhythm?\n\nStreetlights hum on Maple Lane,\nmy bike still leaning where it's always been,\nyou said you'd call when summer came,\nbut summer's gone and so have we.
---
Write a limerick about a programmer whose code only works on Fridays.
---
Pretend to be Sherlock Holmes and deduce things about me from the fact that I'm asking an AI for help at 2 am about houseplants.
---
Write a short, gentle poem I can read at my dog's memorial in the garden. His name was Pepper.
---
Can you write a scene where two old friends meet by chance at an airport after twenty years? Focus on dialogue.
---
I want a spooky but kid-friendly campfire story, around 5 minutes to read aloud.
---
Write a haiku sequence (three haiku) about the seasons in a city.
---
Rewrite "Twinkle Twinkle Little Star" as if it were about a satellite.
---
Be a wise old tortoise giving life advice to a young hare who's stressed about exams.
---
Write a ballad about a baker who fell in love with the moon.
---
Write a product description for an ordinary paperclip, in the over-the-top style of a luxury perfume ad.
---
Give me a short poem for a retirement card for a colleague who was our IT helpdesk hero for 30 years.
---
Write a story that begins with "The map was wrong, but only on Tuesdays."
---
Can you act as a tour guide in ancient Rome and show me around the Forum? Stay in character but keep the history accurate.
---
Write an ode to my slow cooker.
---
I'm learning French. Pretend to be a shopkeeper at a boulangerie and chat with me in simple French. Start by greeting me.
---
Write a tongue twister about a purple penguin.
---
Please write a poem about grief that doesn't rhyme and doesn't say "it gets better".
---
Write a scene for a school play: three vegetables in a fridge planning their escape before soup day. About one page.
---
write a rap verse about recycling for a primary school assembly, keep it clean and catchy
---
Write the diary entry of a houseplant that has been moved to a new windowsill.
---
Make up a fairy tale that explains why cats knock things off tables.
---
Write a love letter from a lighthouse to a ship.
---
You are a cheerful weather presenter on a planet where it rains lemonade. Give tomorrow's forecast.
---
Write a poem using only one-syllable words about a walk in the snow.
---
I'm writing a fantasy novel. Can you describe a market in a desert city at dusk, in about 200 words?
---
Give me a clerihew about Isaac Newton.
---
Write a heartfelt poem from a parent to a child leaving for university.
---
Pretend to be a grumpy but lovable robot butler who has to announce that dinner is ready.
---
Can you write a short story in second person about someone learning to swim as an adult?
---
Write a nursery rhyme about brushing teeth, for a 3-year-old who hates brushing teeth.
---
Write a sea shanty about working from home.
---
Make a short comic strip script (4 panels) about a snail who enters a race.
---
Write a poem that could be read at a community garden's opening day.
---
Be a patient chess coach. I'm a beginner. Ask me what I know and then teach me one opening idea.
---
Write a story about a robot who collects lost socks, in the style of a children's picture book (short sentences, repetition).
---
Can you turn my grocery list into a dramatic epic poem? Eggs, milk, spinach, oat biscuits, lightbulbs, cat food.
---
Write a short monologue for an audition: a teenager explaining to their parents why they broke the greenhouse window (it was an accident involving a frisbee).
---
Write a thank-you poem for the nurses on the maternity ward where my son was born.
---
Give me five first lines for a romance novel set in a rainy seaside town.
---
Write a limerick about a dentist who's afraid of teeth.
---
I'd like a calming guided-imagery script about walking through a forest, about 2 minutes long, for the end of a yoga class.
---
Pretend you're a 1920s radio announcer introducing a new invention: the toaster.
---
Write an epitaph for a video game character who always falls off the same ledge.
---
Here's a short poem I wrote. Can you give me honest feedback on the imagery and the line breaks?\n\nthe kettle sings its one note\nand the window holds the rain\nlike a jar holds buttons,\nsaved for a coat\nno one will make again.
---
Write a mini-saga (exactly 50 words) about a lost umbrella.
---
Can you write a story about a grandmother teaching her grandson to make dumplings, told from the dumpling's point of view?
---
Pretend you're a museum audio guide describing an ordinary kitchen chair as if it were a masterpiece.
---
Write a poem about the smell of rain on hot pavement.
---
Role-play as my job interview practice partner. You're the interviewer for a junior accountant role at a mid-size firm. Ask one question at a time.
---
Write a gentle lullaby with a repeating chorus about the stars keeping watch.
---
Give me a fable with animals that teaches the value of asking for help.
---
Write a funny poem for my friend who keeps buying plants and forgetting to water them.
---
Can you write a riddle whose answer is "a shadow"?
---
Write a story in which the main character discovers their reflection is a few seconds late. Make it eerie but not violent.
---
Write a cinquain about tea.
---
Compose a short poem in the voice of an old oak tree watching the village change over a hundred years.
---
Help me write a Valentine's poem for my wife. We've been married 15 years, we met at a bus stop, and she hates anything too sappy.
---
I want to roleplay a space mission. You're mission control and I'm the astronaut. Something minor goes wrong with the coffee dispenser. Go!
---
Write a pantoum about waiting for test results - hopeful in tone.
---
Write a two-minute eulogy for a beloved community librarian named Mrs Okafor, warm and a little funny.
---
Write a dramatic trailer voice-over for a movie about a pigeon trying to get a chip.
---
Write a short poem in simple English for adult learners, about buying bread at the market.
---
Pretend you are Ada Lovelace answering a schoolchild's questions about computers. Keep it historically plausible.
---
Write a limerick about a sheep who wants to be a ballerina.
---
Give me a short story prompt for each day of a week-long writing challenge. Theme: small kindnesses.
---
Can you write a poem about a kitchen at 6 am, from the perspective of the fridge?
---
Write an encouraging letter from "future me" to "me now", for someone starting a difficult nursing degree.
---
Write song lyrics for a folk song about a river that flows through three countries.
---
Pretend to be a kind dragon who runs a library. A child asks you to recommend a book.
---
Write a short story about two rival ice-cream vans on the same street who end up teaming up.
---
Write a haiku about a missed bus.
---
Create a short poem to go inside a jar of homemade jam I'm giving as a gift.
---
Write me a fun "quest briefing" for my kids' treasure hunt in the garden. The treasure is chocolate coins under the shed.
---
Write a short ghost story where the ghost is just really bad at haunting.
---
Compose a poem that celebrates ordinary public transport workers.
---
Act as a Shakespearean actor and complain, in iambic pentameter, about the Wi-Fi.
---
Write a four-line poem for the back of a postcard from Scotland.
---
Can you write an opening scene for a sci-fi story where humanity's first message from aliens turns out to be a recipe?
---
Write a piece of flash fiction (under 300 words) set entirely in a laundrette.
---
Turn the story of the Three Little Pigs into a news report.
"""

CREATIVE = [b.strip().replace("\\n", "\n") for b in _RAW.strip().split("\n---\n")]

# (earlier user turn, assistant reply, follow-up)
MULTI = [
    (
        "Write a haiku about rain on a tin roof.",
        "Tin roof drums all night -\nthe sky counting its small coins\ninto my warm dark.",
        "Lovely. Now one about the first sunny morning after, same mood.",
    ),
    (
        "Give me a limerick about a cat.",
        "A cat with a taste for the sink\nwould sit there and patiently blink;\nshe'd wait for a drip,\nthen take a small sip,\nand ignore the clean bowl for her drink.",
        "Ha! Can you redo it about my cat Milo, who only sleeps on laundry that's just been folded?",
    ),
    (
        "Start a bedtime story about a fox who finds a lantern.",
        "Once, at the edge of a birch wood, a small red fox named Tamsin found a lantern lying in the snow. It was glowing, though nobody had lit it, and it was warm to the touch...",
        "my daughter loved it!! can you continue it, about 200 more words, and make sure it ends with the fox going home to sleep",
    ),
    (
        "Can you play a friendly librarian and recommend me a book?",
        "Of course! Welcome in, dear. Tell me - what was the last book you couldn't put down?",
        "Probably a mystery set in Venice. I like books where the place feels like a character.",
    ),
]
