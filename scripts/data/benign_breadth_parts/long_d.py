"""Long documents, part d: recipes and letters (same block format as long_a)."""

# ruff: noqa: E501  (hand-written prose: one request or paragraph per line)

from __future__ import annotations

RAW = r"""
=== recipe
TASK: Can you scale this recipe to serve 10 and give me the shopping list?
Weeknight Chickpea and Spinach Curry
Serves 4 | Prep 10 minutes | Cook 25 minutes

This is the curry I make when the fridge is nearly empty. It's mild enough for children, and you can add chilli at the table.

Ingredients
- 2 tbsp vegetable oil
- 1 large onion, finely chopped
- 3 garlic cloves, crushed
- a thumb-sized piece of ginger, grated
- 2 tsp ground cumin
- 2 tsp ground coriander
- 1 tsp turmeric
- 1 tsp garam masala
- 1 x 400 g tin chopped tomatoes
- 2 x 400 g tins chickpeas, drained
- 1 x 400 ml tin coconut milk
- 200 g spinach (fresh or frozen)
- juice of half a lemon
- salt to taste
- fresh coriander and rice or flatbreads, to serve

Method
1. Heat the oil in a large pan over a medium heat. Add the onion and a pinch of salt and cook for 8-10 minutes, stirring now and then, until soft and golden.
2. Add the garlic and ginger and cook for 1 minute. Add the cumin, coriander, turmeric and garam masala and stir for 30 seconds, until fragrant. If the spices start to stick, add a splash of water.
3. Tip in the tomatoes and cook for 5 minutes, until slightly thickened.
4. Add the chickpeas and coconut milk, bring to a simmer and cook for 10 minutes.
5. Stir in the spinach a handful at a time until it wilts. Frozen spinach can go straight in.
6. Add the lemon juice and season with salt. Scatter over fresh coriander and serve with rice or warm flatbreads.

Tips
Leftovers keep in the fridge for three days and taste even better the next day. It also freezes well for up to three months.
=== recipe
Grandma Eva's Apple Cake

My grandmother wrote this recipe on the back of an envelope in 1971, and it has been stuck inside our kitchen cupboard door ever since. It is not fancy. It is perfect.

Makes one 23 cm round cake (about 10 slices)

You will need
175 g butter, softened, plus extra for the tin
175 g caster sugar
3 eggs
225 g self-raising flour
1 tsp ground cinnamon
a pinch of salt
3 tbsp milk
3 medium eating apples (she used Cox's)
2 tbsp demerara sugar for the top

What to do
Heat the oven to 180 °C (160 °C fan). Butter a 23 cm springform tin and line the base with baking paper.

Beat the butter and caster sugar together until pale and fluffy - about 3 minutes with an electric whisk, or "until your arm hurts", as Grandma wrote. Beat in the eggs one at a time, adding a spoonful of the flour with each one to stop the mixture curdling.

Fold in the rest of the flour, the cinnamon and the salt, then the milk. The batter should be thick but soft.

Peel, core and slice the apples into thin wedges. Spread two-thirds of the batter in the tin. Arrange half the apples on top, then spoon over the rest of the batter and smooth it roughly. Press the remaining apple slices into the top in a circle and sprinkle with the demerara sugar.

Bake for 50-60 minutes, until golden and a skewer inserted in the middle comes out clean (apart from apple). If the top browns too fast, cover it loosely with foil.

Cool in the tin for 15 minutes, then release the sides. Serve warm with cream or custard, or cold with a cup of tea. Grandma always said it was better the next day, but in our house it never lasted that long.
=== recipe
TASK: Convert all the measurements in this recipe to US cups and Fahrenheit.
Simple Focaccia
Makes 1 tray (about 12 pieces)

Ingredients
500 g strong white bread flour
7 g fast-action dried yeast (1 sachet)
10 g fine salt
400 ml lukewarm water
60 ml olive oil, plus extra for the tray and drizzling
flaky sea salt
a few sprigs of rosemary

Method
1. In a large bowl, mix the flour, yeast and fine salt. Add the water and 2 tablespoons of the olive oil and mix with a spoon until there is no dry flour left. The dough will be very wet and sticky; this is correct.
2. Cover the bowl and leave for 30 minutes. Then, with wet hands, lift one side of the dough, stretch it up and fold it over the middle. Turn the bowl and repeat on all four sides. Cover and leave for another 30 minutes. Repeat this folding twice more.
3. Oil a 30 × 20 cm baking tray generously. Tip the dough into it and gently stretch it towards the corners. If it springs back, leave it for 10 minutes and try again.
4. Cover and leave to rise in a warm place for about 1 hour, until puffy and almost doubled.
5. Heat the oven to 220 °C (200 °C fan).
6. Drizzle the remaining oil over the dough. Oil your fingers and press them all the way down into the dough to make deep dimples all over. Scatter with rosemary leaves and flaky salt.
7. Bake for 20-25 minutes, until golden brown on top and crisp underneath.
8. Leave to cool in the tray for 5 minutes, then move to a rack. Best eaten the same day, but it toasts well the next day.

Variations
Press halved cherry tomatoes and olives into the dough before baking, or top with thinly sliced red onion.
=== recipe
Miso Mushroom Noodle Soup (vegan)
Serves 2 | 20 minutes

A quick, warming bowl for when you're tired and want something nourishing.

Ingredients
1 litre vegetable stock
2 tbsp white miso paste
1 tbsp soy sauce
1 tsp sesame oil
2 garlic cloves, thinly sliced
a small piece of ginger, thinly sliced
200 g mushrooms (shiitake, chestnut or a mix), sliced
150 g dried udon or ramen noodles
1 pak choi, halved or quartered
2 spring onions, sliced
chilli flakes and toasted sesame seeds, to serve

Method
Heat the sesame oil in a saucepan over a medium heat. Add the garlic and ginger and cook for a minute without letting them brown. Add the mushrooms and cook for 4-5 minutes, until they soften and release their juices.

Pour in the stock and soy sauce and bring to a simmer. Meanwhile, cook the noodles in a separate pan according to the packet, then drain and divide between two bowls.

Add the pak choi to the soup and simmer for 2 minutes until just tender.

Take the pan off the heat. Put the miso in a small bowl, add a ladle of the hot broth and whisk until smooth, then stir it back into the pan. Don't boil the soup after adding miso, as it spoils the flavour.

Ladle the soup and vegetables over the noodles. Top with spring onions, chilli flakes and sesame seeds.

Notes: Add cubes of tofu with the mushrooms for extra protein. Brown miso works too but is saltier, so start with 1 tbsp and taste.
=== recipe
TASK: Is this recipe suitable for someone with a nut allergy and someone who is gluten-free? Explain what to change.
Lemon and Almond Drizzle Traybake
Makes 16 squares

For the sponge
225 g unsalted butter, softened
225 g caster sugar
4 large eggs
175 g self-raising flour
50 g ground almonds
1 tsp baking powder
zest of 2 lemons
2 tbsp milk

For the drizzle
juice of 2 lemons
150 g granulated sugar

For the top (optional)
25 g flaked almonds

Method
Heat the oven to 180 °C (160 °C fan) and line a 20 × 30 cm tin with baking paper.

Put all the sponge ingredients in a large bowl and beat with an electric whisk for 2 minutes, until smooth and pale. Spread the mixture evenly in the tin and scatter with flaked almonds if using.

Bake for 30-35 minutes, until golden and springy to the touch, and a skewer comes out clean.

While the cake is baking, mix the lemon juice and granulated sugar. Don't let the sugar dissolve completely - the crunch is the best part.

As soon as the cake comes out of the oven, prick it all over with a skewer and spoon the drizzle evenly over the top. Leave to cool completely in the tin, so the drizzle forms a crisp crust.

Cut into 16 squares. Keeps for 4 days in an airtight tin.
=== recipe
Slow-Cooker Beef and Ale Stew

Serves 6. Prep 25 minutes, cook 8 hours on low.

I make this on Sunday mornings before a long walk, and we come home to a house that smells incredible.

1 kg braising steak, cut into large chunks
2 tbsp plain flour, seasoned with salt and pepper
2 tbsp oil
2 onions, sliced
3 carrots, cut into thick rounds
2 celery sticks, sliced
2 garlic cloves, crushed
1 tbsp tomato purée
500 ml brown ale (or extra stock for an alcohol-free version)
300 ml beef stock
2 bay leaves
a few sprigs of thyme
1 tbsp Worcestershire sauce
1 tsp brown sugar

Toss the beef in the seasoned flour. Heat the oil in a large frying pan and brown the beef in batches, so it browns rather than steams. Transfer to the slow cooker.

In the same pan, soften the onions, carrots and celery for 5 minutes. Add the garlic and tomato purée and cook for a minute, then pour in the ale and scrape up all the brown bits from the bottom of the pan. Let it bubble for 2 minutes.

Pour everything into the slow cooker. Add the stock, herbs, Worcestershire sauce and sugar. Stir, cover and cook on low for 8 hours or high for 5 hours, until the beef falls apart.

Remove the bay leaves and thyme stalks. If you'd like a thicker sauce, lift the lid for the last 30 minutes. Taste and season.

Serve with mashed potatoes or crusty bread and greens. It freezes well.
=== recipe
TASK: Write this recipe as a short, friendly Instagram caption (under 120 words) with the key steps.
Overnight Oats, Three Ways

Overnight oats are the easiest breakfast I know. You make them the night before in a jar, and in the morning they're ready to eat cold or warmed up. This basic recipe makes one portion.

Base
- 50 g rolled oats
- 120 ml milk (any kind)
- 60 g yoghurt
- 1 tbsp chia seeds (optional, makes it thicker)
- 1 tsp honey or maple syrup
- a pinch of salt

Stir everything together in a jar or container with a lid. Cover and refrigerate for at least 4 hours or overnight. In the morning, give it a stir and add a splash of milk if it's too thick.

Version 1: Apple pie
Add half a grated apple, 1/4 tsp cinnamon and a few chopped walnuts to the base. Top with more apple in the morning.

Version 2: Berry
Stir in a handful of frozen berries before refrigerating. They'll thaw overnight and turn the oats pink. Top with fresh berries and a spoonful of yoghurt.

Version 3: Chocolate banana
Add 1 tsp cocoa powder and half a mashed banana to the base. Top with banana slices and a little peanut butter.

Tips
Use rolled oats rather than instant oats, which go mushy. The oats keep in the fridge for up to three days, so you can make a few jars on Sunday. If you prefer a warm breakfast, microwave for 1-2 minutes, stirring halfway.
=== recipe
Shakshuka for Two

Shakshuka is eggs gently cooked in a spiced tomato and pepper sauce. It's a brilliant brunch and needs only one pan.

Ingredients
2 tbsp olive oil
1 onion, sliced
1 red pepper, sliced
2 garlic cloves, sliced
1 tsp ground cumin
1 tsp sweet paprika
a pinch of chilli flakes (or more to taste)
1 x 400 g tin chopped tomatoes
1 tsp sugar
4 eggs
salt and pepper
a handful of parsley or coriander, chopped
crumbled feta and bread, to serve

Method
1. Heat the oil in a medium frying pan with a lid. Cook the onion and pepper over a medium heat for 8-10 minutes, until soft.
2. Add the garlic and spices and stir for a minute.
3. Pour in the tomatoes and add the sugar and a good pinch of salt. Simmer for 10 minutes, until thick. Taste and adjust the seasoning.
4. Make four hollows in the sauce with a spoon. Crack an egg into each one.
5. Cover the pan and cook over a low heat for 6-8 minutes, until the whites are set but the yolks are still runny.
6. Scatter over herbs and feta and serve straight from the pan with bread for dipping.

If you're cooking for more people, use a larger pan and add an extra egg per person.
=== recipe
TASK: Make a step-by-step timeline for cooking this so everything is ready at 7 pm.
Sunday Roast Chicken with Potatoes and Gravy
Serves 4

1 whole chicken, about 1.6 kg
1 lemon, halved
1 bulb of garlic, halved horizontally
a few sprigs of thyme
2 tbsp soft butter
salt and pepper
1 kg floury potatoes, peeled and cut into large chunks
4 tbsp sunflower oil or duck fat
2 tbsp plain flour
500 ml chicken stock
green vegetables, to serve

Take the chicken out of the fridge 30 minutes before cooking. Heat the oven to 200 °C (180 °C fan).

Put the lemon, garlic and thyme inside the chicken. Rub the butter over the skin and season well. Put in a roasting tin and roast for 1 hour 20 minutes (allow 20 minutes per 500 g plus 20 minutes), until the juices run clear when you pierce the thickest part of the thigh. If you have a thermometer, it should read 75 °C.

Meanwhile, put the potatoes in a pan of cold salted water, bring to the boil and simmer for 8 minutes. Drain and leave to steam dry for a few minutes, then shake them in the pan to rough up the edges. Heat the oil in a second roasting tin in the oven for 5 minutes, then carefully add the potatoes and turn them in the hot oil. Roast for 50-60 minutes, turning once, until crisp and golden.

When the chicken is cooked, move it to a board, cover loosely with foil and rest for 20 minutes. This is when you cook your green vegetables.

For the gravy, put the roasting tin over a low heat on the hob. Spoon off most of the fat. Stir in the flour and cook for a minute, then gradually whisk in the stock, scraping up the sticky bits. Simmer for 5 minutes, pour in any juices from the resting chicken, and season.

Carve the chicken and serve with the potatoes, greens and gravy.
=== recipe
Mango Lassi (and a Salted Version)

Serves 2

A lassi is a yoghurt drink from South Asia. Sweet mango lassi is the best known outside the region, but salted lassi is wonderfully refreshing on a hot day.

Mango lassi
- 1 large ripe mango, peeled and chopped (or 250 g tinned mango pulp)
- 250 g plain yoghurt
- 120 ml cold milk
- 1-2 tsp sugar or honey, depending on how sweet the mango is
- a pinch of ground cardamom
- a few ice cubes

Put everything in a blender and blend until smooth and frothy. Taste and add more sugar if needed. Pour into glasses and sprinkle with a tiny pinch of cardamom.

Salted lassi
- 300 g plain yoghurt
- 200 ml cold water
- 1/2 tsp salt
- 1/2 tsp ground roasted cumin
- a few mint leaves
- ice cubes

Blend everything until frothy. Taste for salt. Serve very cold, garnished with mint.

Tips
Full-fat yoghurt gives the creamiest texture. If your mango isn't very ripe, a splash of lime juice and a little extra sugar will help. Lassi is best drunk straight away, but keeps in the fridge for a few hours; stir before serving.
=== recipe
TASK: Translate this recipe's method into French.
Classic Pancakes (Crêpe-Style)
Makes about 10

Ingredients
100 g plain flour
a pinch of salt
2 eggs
300 ml milk
1 tbsp melted butter, plus extra for the pan
lemon and sugar, to serve

Method
Sift the flour and salt into a large bowl and make a well in the middle. Crack the eggs into the well, add about a quarter of the milk and whisk, gradually drawing in the flour from the sides, until you have a smooth, thick batter. Whisk in the rest of the milk a little at a time, then the melted butter. Leave the batter to rest for 20 minutes if you can.

Heat a small non-stick frying pan over a medium-high heat and wipe it with a little butter on a piece of kitchen paper. Pour in just enough batter to coat the base thinly, tilting the pan so it spreads evenly. Cook for about a minute, until the underside is golden, then flip with a spatula (or toss, if you're brave) and cook for another 30 seconds.

Slide onto a warm plate and repeat with the rest of the batter, stacking the pancakes with baking paper between them. Serve with a squeeze of lemon and a sprinkle of sugar.
=== recipe
Roasted Tomato Soup

Serves 4 | 1 hour, mostly in the oven

When tomatoes are cheap and ripe at the end of summer, I make a huge batch of this and freeze it in portions for winter.

1.2 kg ripe tomatoes, halved
1 red onion, cut into wedges
1 red pepper, cut into chunks
4 garlic cloves, unpeeled
3 tbsp olive oil
1 tsp sugar
a few sprigs of thyme
700 ml vegetable stock
salt and black pepper
a small bunch of basil
a splash of cream or a swirl of yoghurt, to serve (optional)

Heat the oven to 200 °C (180 °C fan). Put the tomatoes, cut side up, in a large roasting tin with the onion, pepper and garlic. Drizzle with the oil, sprinkle with the sugar, season well and tuck in the thyme. Roast for 45 minutes, until the tomatoes are soft and slightly charred at the edges.

Squeeze the garlic out of its skins. Tip everything from the tin, including the juices, into a large pan. Discard the thyme stalks. Add the stock and bring to a simmer.

Blend until smooth with a stick blender, adding most of the basil. For a very smooth soup, push it through a sieve.

Taste and season. Serve with a swirl of cream or yoghurt, the remaining basil and some good bread.

To freeze, cool completely and freeze in portions for up to three months.
=== letter
TASK: Proofread this cover letter and suggest one improvement to make it stronger.
Dear Ms Okonjo,

I am writing to apply for the position of Assistant Events Coordinator at the Riverside Arts Centre, as advertised on your website. I have admired the centre's programme for several years, particularly the summer festival, and I would be delighted to contribute to its work.

For the past two years I have worked as a front-of-house supervisor at the Grange Theatre, where I manage a team of twelve volunteers and ushers. I am responsible for the smooth running of performances, from opening the doors to dealing with customer questions and the occasional emergency. Last year I helped organise a weekend community festival that welcomed more than 3,000 visitors, coordinating stall holders, performers and volunteers, and handling the logistics on the day.

I enjoy the detail of event planning: creating schedules, checking bookings and making sure everyone knows what they are doing and when. I am also comfortable with the unexpected. When a headline performer's van broke down an hour before a show, I rearranged the running order with the stage manager and kept the audience informed, and the evening went ahead with only a short delay.

I am confident using booking systems, spreadsheets and social media, and I hold a full driving licence. I am available to work evenings and weekends, which I understand is essential for this role.

Thank you for considering my application. I would welcome the chance to discuss how I could support your team, and I have attached my CV for your reference.

Yours sincerely,
Daniel Ferreira
=== letter
Dear Aunt Josie,

Thank you so much for the birthday parcel! The scarf is beautiful - I've worn it every day since it arrived, and three people at work have asked where I got it. I told them my aunt knitted it and they didn't believe me until I showed them the little label you sewed in. The chocolate did not survive the weekend, I'm afraid. Nor did the shortbread.

Life here is busy but good. The new job is going well. I was nervous for the first few weeks, because everyone seemed to know so much more than me, but my manager is kind and patient, and I'm starting to feel useful. Last week I ran my first meeting on my own. My voice only shook a little.

The flat is finally looking like a home. Remember the terrible green carpet? It's gone! My landlord agreed to replace it with wooden floors, and I've bought a rug from the market that is almost the same colour as your scarf. I've also got three plants, and so far none of them have died, which is a record for me.

How is your garden? Mum said the roses were wonderful this year. And how is your knee? I hope the physiotherapy is helping and that you're being sensible about the stairs (I know you won't be).

I'm hoping to come up for a weekend in October, if that suits you. I'll bring the good biscuits, and you can teach me to knit properly, like you've been promising since I was ten.

Lots of love, and thank you again,
Hannah
=== letter
TASK: Make this letter firmer but still polite, and keep it under 250 words.
Dear Sir or Madam,

I am writing about the washing machine I bought from your Eastfield store on 2 March (order number WM-55102). I'm sorry to bother you, but it has stopped working, and I was hoping you might be able to help.

The machine worked well for the first six weeks. Then, on 18 April, it stopped in the middle of a cycle and showed an error code (E2). I followed the instructions in the manual, cleaned the filter and checked the hose, but the problem continued. I called your customer service line on 20 April and an engineer visited on 27 April. He said a part needed replacing and that it would be ordered.

Since then, I have called four times and I have been told each time that the part is "on its way". It has now been more than five weeks without a working washing machine, and I have two small children, so I have been going to the launderette twice a week, which has cost me around £60 so far.

I was wondering whether it might be possible to get an update on when the part will arrive, or whether a replacement machine might be an option. I would also be grateful if you could consider refunding my launderette costs, as I have kept the receipts.

Thank you very much for your time. I look forward to hearing from you.

Yours faithfully,
Mrs P. Lindqvist
=== letter
Reference letter for Amira Haddad

To whom it may concern,

I am pleased to write this reference for Amira Haddad, who worked as a part-time sales assistant at Page Turner Books from September 2021 until August 2023, while she was studying at college.

Amira was one of the most reliable members of our team. In two years she was never late for a shift and only missed work once, for a family emergency, when she gave us as much notice as she could. She often offered to cover shifts for colleagues, especially during the Christmas period.

Her work with customers was excellent. She is friendly without being pushy, and she has a real talent for recommending books; several regular customers asked for her by name. She also reorganised our children's section, making it easier for parents to find books for different reading levels. Sales in that section rose noticeably after the change.

Amira handled cash and card payments accurately and followed our opening and closing procedures carefully. She was trusted to lock up the shop on her own in her second year.

She left us to go to university, and we were sorry to see her go. I have no hesitation in recommending her for any role that requires reliability, good judgement and a warm approach to people.

Please feel free to contact me if you need any further information.

Yours faithfully,
Graham Whitely
Manager, Page Turner Books
=== letter
TASK: Write a reply to this letter from the school, confirming attendance and asking about parking.
Dear Parents and Carers,

We are delighted to invite you to our Year 6 Leavers' Celebration, which will take place on Thursday 18 July at 2 pm in the school hall.

This is a special occasion to celebrate the achievements of our Year 6 pupils as they prepare to move on to secondary school. The children have been working hard on a short performance, which will include songs, readings and memories from their time at Brookside. There will also be a slideshow of photographs from Reception to Year 6, which we promise will bring a tear to a few eyes.

After the performance, refreshments will be served on the playground (weather permitting) or in the dining hall. Each child will receive a certificate and a small leavers' book signed by their teachers.

Because of limited space in the hall, we are able to offer two seats per family. If you need an additional seat, for example for a grandparent, please let the school office know by Friday 5 July and we will do our best to accommodate you.

Please return the slip below by Friday 5 July so that we know how many people to expect. If you have any access needs, please tell us and we will reserve seating near the entrance.

We are very proud of this year group, and we look forward to celebrating with you.

Kind regards,

Mrs S. Adeyemi
Head Teacher, Brookside Primary School
=== letter
Dear Neighbour,

My name is Tom and I live at number 24, the house with the blue door. My partner, Lucy, and I moved in last month with our two children, Ella (6) and Sam (3), and our very friendly but very loud dog, Biscuit.

We wanted to say hello properly, because we've only waved at most of you so far, and also to let you know that we're going to be having some building work done over the next few weeks. We're replacing the old kitchen and putting in a new back door. The builders will be working from Monday 9 September for about three weeks, between 8 am and 5 pm on weekdays only. There may be some noise and a skip outside the house, but we've asked them to keep the pavement clear and to tidy up at the end of each day.

If anything causes you a problem - dust, parking, noise at a difficult time - please knock on our door or leave a note, and we'll sort it out. We'd really like to get off on the right foot.

We're also hoping to have a small garden party once the work is finished, probably at the end of September, and it would be lovely if you could come. We'll put a proper invitation through the door nearer the time.

Thank you for your patience, and we look forward to meeting you.

Best wishes,
Tom, Lucy, Ella, Sam (and Biscuit)
=== letter
TASK: Summarise what this letter is asking me to do, and by when.
Dear Mr Castellanos,

Re: Annual review of your housing benefit claim

We are writing to let you know that it is time to review your claim for housing benefit. We review all claims once a year to make sure that the amount you receive is correct.

Please complete the enclosed review form and return it to us, together with the documents listed below, by 14 October. You can return the form by post using the prepaid envelope, hand it in at any council customer service centre, or upload photographs of the form and documents through the online portal.

Documents we need:
- Your last two months of bank statements for every account you hold
- Your last two payslips, or a letter from your employer showing your current earnings, if you work
- A copy of your current tenancy agreement, if it has changed since your last review
- Proof of any other income, for example a pension or benefits letter

If you do not return the form and documents by 14 October, we may have to suspend your housing benefit until we receive them. If your circumstances have changed during the year - for example, someone has moved in or out of your home, or your income has gone up or down - please tell us on the form.

If you need help filling in the form, or you need more time, please contact us as soon as possible on the number at the top of this letter. Our advisers can also help in person at the customer service centre on Monday, Wednesday and Friday mornings.

Yours sincerely,
Benefits Team
=== letter
A letter to my daughter on her first day of secondary school

Dear Maya,

This morning you walked out of the door in a blazer that is slightly too big for you, with a rucksack that is definitely too heavy, and you didn't look back. I'm very proud of you, and I also had to sit in the car for a few minutes before I could drive to work.

I know you were nervous last night, even though you said you weren't. I was nervous on my first day too. I remember the corridors seemed enormous and everyone looked about twenty. I got lost trying to find the science block and ended up in the staff toilets. Nobody noticed, and by the end of the week I knew my way around perfectly. That's the thing about new places: they stop being new surprisingly quickly.

A few things I've learned, which you can ignore if you like:

Say hello to people, even if they look like they already have friends. Most people are just as nervous as you.

It's fine to not know things. Ask questions. Teachers like students who ask questions, even when they pretend otherwise.

Not every day will be good. Some days will be boring, and some will be hard. That's normal, and it doesn't mean something is wrong.

Keep doing the things you love. Drawing, football, those very long stories about dragons. They're part of who you are.

And whatever happens, you can always tell me about it. I might not have the answers, but I'll always listen, and there will always be hot chocolate.

I'll pick you up at 3:30. I want to hear everything. Or nothing, if you'd rather. Both are fine.

Love you more than all the stars,
Mum
=== letter
TASK: Turn this into a formal letter I can post to the council.
hi,

so i'm writing about the bus shelter at the end of Cedar Road (the stop near the post office). it's been broken for like two months now. one of the glass panels got smashed and it was taken away but never replaced, so when it rains everyone gets soaked, and there's nowhere to sit because the bench is broken as well.

loads of people use that stop, including older people going to the health centre and kids going to school. my neighbour is 81 and she has to stand in the rain waiting for the 22 because there's nowhere else to wait. it's really not fair.

i reported it on the council website on 4 march and got a reference number (REP-20417) but nothing has happened. i also phoned once and they said it was "with the highways team".

can someone please fix the glass and the bench, or at least tell us when it's going to be done? i've attached a couple of photos.

also the timetable holder at that stop is empty, so nobody knows when the buses are due unless they have the app. and the streetlight next to the shelter flickers at night which makes it feel a bit unsafe when you're waiting on your own in winter. it would be great if someone could look at that too while they're there.

thanks,
Kwame Asante
15 Cedar Road
=== letter
Dear Dr Reinholt,

Thank you for agreeing to supervise my summer research placement in the Marine Ecology group. I am very excited about the project on seagrass restoration and grateful for the opportunity.

As requested, I am writing to confirm the arrangements we discussed on our call last week. I will start on Monday 1 July and finish on Friday 23 August, working Monday to Friday from 9 am to 5 pm. I understand that the first week will be based in the lab, where I will complete the safety training and learn the sediment sampling protocol, and that fieldwork at the estuary will begin in the second week, weather permitting.

I have completed the online fieldwork induction and attached the certificate to this letter. I have also arranged accommodation in the university's summer halls, and I have a wetsuit and boots of my own, as you suggested.

I have been reading the papers you recommended, in particular the 2021 review of seagrass restoration methods. I found the section on seed-based restoration especially interesting and would be glad to help with any work in that area if it's useful.

Could you let me know whether there is anything else I should prepare before I arrive, and whether there is a particular time and place I should meet you on the first morning?

Thank you again. I am looking forward to working with the group.

Yours sincerely,
Isabel Moreno
Second-year BSc Marine Biology
=== letter
TASK: Check this thank-you letter for tone. Is it too informal for a donor?
Dear Mrs Whitfield,

Wow - thank you SO much for your donation to the Little Harbour Animal Rescue! We honestly couldn't believe it when we opened the envelope. Your gift of £500 is going to make a massive difference.

Here's what it means in real terms: it will pay for the vaccinations and neutering of around ten rescued cats, or feed all the dogs in our kennels for a whole month. Right now we have 14 dogs and 23 cats waiting for new homes, plus two very cheeky rabbits called Salt and Pepper who keep escaping from their run.

Last month we rehomed 11 animals, including Monty, an elderly Labrador who'd been with us for almost a year. Everyone cried when his new family came to collect him. Donations like yours are what keep us going while animals like Monty wait for the right home.

We'd love to show you around if you're ever nearby - just give us a ring and we'll put the kettle on. You're also welcome at our open day on 15 June. There'll be a dog show, a cake stall and a chance to meet some of the animals your gift is helping.

Thanks again, you absolute star!

Best wishes,
Jess Carter
Volunteer Coordinator
"""
