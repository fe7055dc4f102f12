# ruff: noqa: E501  (hand-written prompt text: long lines are data)
"""More hand-written document sections (travel diary, shop catalogue, house guide, reviews)."""

DIARY = r"""
We set off from {town} just after seven, with the car packed so full that {A} had to hold the picnic bag on their knees. The motorway was quiet and we reached the lakes by lunchtime. The campsite is small and run by an elderly couple who gave us a map with every footpath marked in green pen. In the evening we sat by the water until the midges chased us inside.
---
Rain all morning, so we went to the little museum in the village. It turned out to be much better than expected: three rooms of old farm tools, a working loom and a very enthusiastic volunteer who showed {B} how to card wool. In the afternoon the sun came out and we walked to the waterfall, which was loud and brown after all the rain.
---
Today was the long walk. Eleven miles up and over the ridge, with a steep, rocky section near the top where I had to use my hands. The view from the summit was worth every step: lakes in three directions and a line of hills fading into blue. We ate squashed sandwiches behind a wall out of the wind, and my legs are already complaining.
---
A lazy day. We hired a rowing boat for two hours and took turns rowing badly while the others laughed. {C} caught a tiny fish with a piece of string and a bent pin and insisted we put it back at once. Dinner was at the pub in the village, where the portions were enormous and the dog by the fire snored through everything.
---
Drove along the coast road to {town}. The road is narrow, with passing places, and we spent a lot of time reversing for tractors. The town itself is lovely, with painted houses along the harbour and a bakery that sells the best cinnamon buns I have ever eaten. We bought far too many and ate them on the harbour wall.
---
We took the early ferry to the island. The crossing was rough and {D} turned rather green, but it was calm on the other side. We cycled the whole way round on hired bikes, about fourteen miles, stopping at a tiny beach where we had the sand completely to ourselves. Seals watched us from the rocks the whole time.
---
Market day in the square. Stalls selling cheese, honey, handmade baskets and a slightly alarming amount of sausage. I bought a wooden spoon and a jar of heather honey, and {A} found a second-hand book about local birds. We had lunch standing up at a stall selling soup in bread bowls, which was messy and wonderful.
---
The castle was closed for repairs, which we only found out after climbing the hill to reach it. We peered through the gate for a while and then walked down the other side through a beech wood, which was so quiet and green it felt like being underwater. In the end I think we enjoyed the wood more than we would have enjoyed the castle.
---
Spent the morning doing nothing at all. I read on the veranda while the others slept late. In the afternoon we drove to a garden that is famous for its rhododendrons. We were a little too late for the best of them, but the walled kitchen garden was full of vegetables I had never seen before, and the café sold rhubarb cake.
---
Our last full day. We went back to the beach we liked best and stayed until sunset. {B} built an elaborate sandcastle with a moat and a drawbridge made from a piece of driftwood, and we all watched the tide take it away. Packing tonight, and nobody wants to go home.
---
Train day. The journey to {town} took six hours and involved three changes, one of them with only four minutes to run between platforms. We made it with seconds to spare, hot and laughing. The last stretch follows the river through a deep valley, and everyone stopped talking to look out of the window.
---
The city was much busier than we expected because of a festival nobody had told us about. There were brass bands on every corner and people in costumes selling paper flowers. We got completely lost trying to find the hotel and ended up having dinner in a tiny place with four tables, where the owner cooked whatever he felt like.
---
Visited the cathedral in the morning, which was cool and dark and smelled of candles. {C} counted the steps up the tower, three hundred and twelve, and announced the number at every landing. In the afternoon we sat in a park and watched old men playing a game with heavy metal balls that none of us understood.
---
A day of small disasters. The car would not start, so we waited two hours for a mechanic, who fixed it in five minutes. Then we took a wrong turn and ended up on a farm track. But the farmer's wife gave us directions and a bag of plums, and we finally reached the viewpoint just as the clouds lifted.
---
We did the guided cave tour today. The guide switched off all the lights at the deepest point so we could experience complete darkness, which was the strangest feeling, like floating. Afterwards we had lunch in the sun outside and everything looked unusually bright. {D} bought a postcard of the caves for everyone at home.
---
Home again. The house smells musty, the fridge contains one sad lemon and there is a mountain of post. But we came back with a bag of shells, a jar of honey, about four hundred photos and the feeling of having been properly away. We have already started talking about where to go next year.
"""

CATALOGUE = r"""
Linen apron, natural. Cut from heavy stonewashed linen that softens with every wash, this apron has a long neck strap you can adjust with a wooden toggle and two deep front pockets. The ties are long enough to wrap round and knot at the front. Machine wash at forty degrees, line dry. One size fits most. {money}
---
Ceramic pour-over coffee dripper. Thrown by hand in our studio and glazed in a speckled oatmeal finish, this dripper sits on most mugs and small jugs. It takes standard cone filters. Each one varies a little in shade and shape, which we think is part of the charm. Dishwasher safe, but it will last longer if washed by hand. {money}
---
Wool blanket, moss green. Woven at a small mill from the wool of hill sheep, this blanket is warm without being heavy and has fringed ends. It measures roughly one and a half metres by two. Wool naturally resists dirt and smells, so it needs washing only rarely; air it outside on a dry day instead. {money2}
---
Beeswax food wraps, set of three. Cotton squares coated in beeswax, tree resin and a little oil, for covering bowls and wrapping sandwiches instead of cling film. Warm the wrap in your hands and it will mould to shape. Wash in cool soapy water. With care, a set lasts about a year. Small, medium and large in each pack. {money}
---
Children's wooden tool set. A hammer, a saw with a blunt wooden blade, a screwdriver, six chunky screws and a little workbench to put them in. Made from beech and finished with a food-safe oil. Suitable for ages three and up. Not suitable for real woodwork, although our testers did try very hard. {money2}
---
Enamel camping mug. A classic white enamel mug with a navy rim that holds a generous cup of tea and does not mind being left on a campfire grate. It chips if dropped on stone, as enamel does, but the chips are only cosmetic. Hand wash recommended. Also makes a good pencil pot. {money}
---
Hand-bound notebook, A5. One hundred and twenty pages of cream recycled paper, sewn into a soft cover of leftover fabric from our workshop, so no two are alike. Lies flat when open. Good for sketching, journals and shopping lists that deserve better than the back of an envelope. {money}
---
Cast iron plant stand. Three tiers of curled black iron, tall enough for a trailing fern at the top and a row of herbs below. Suitable indoors or on a sheltered balcony; outdoors it will develop a little surface rust, which some people love. Arrives flat and takes about ten minutes to assemble with the key provided. {money2}
---
Oilskin bucket hat. Waxed cotton with a checked lining and a brim wide enough to keep rain off the back of your neck. Folds into a pocket. Re-wax once a year to keep it waterproof; we sell a small tin of wax for this purpose. Available in small, medium and large. {money}
---
Glass storage jars, set of four. Thick recycled glass with beech lids and silicone seals, in four sizes from spice jar to pasta jar. The lids are not airtight enough for pickling, but they keep coffee, rice and flour fresh for months. The glass has a faint green tint and the occasional tiny bubble. {money2}
---
Rag rug, small. Braided by hand from strips of old shirts and bedsheets, sorted by colour so each rug has a loose pattern of blues or warm reds. About sixty centimetres across. Shake it out regularly; it can be hand washed but takes a long time to dry. Use a non-slip mat underneath on hard floors. {money}
---
Bamboo toothbrushes, pack of four. Bamboo handles with soft plant-based bristles, each handle marked with a different coloured dot so the family does not mix them up. The handles can go in the compost once the bristles have been pulled out with pliers. Replace every three months, as with any toothbrush. {money}
---
Folding garden stool. Made from ash with a canvas seat, this stool folds flat to hang on a hook in the shed and opens in a second when you need to sit down among the seedlings. It holds up to a hundred kilos. Keep it out of the rain over winter and it will last for years. {money2}
---
Soy wax candle, fig and cedar. Hand-poured into a reusable amber jar with a cotton wick, this candle burns for around forty hours. Trim the wick before each use and never leave it burning unattended. When it is finished, clean out the jar with hot water and use it for buttons, cotton buds or a small plant. {money}
---
Knitted tea cosy. Knitted in chunky wool by a group of retired volunteers in {town}, each cosy is a little different, with stripes, pompoms or, occasionally, a pair of ears. Fits a standard four-cup teapot. Hand wash in cool water and dry flat. Every sale supports the group's community lunch. {money}
---
Walnut chopping board. Cut from a single piece of walnut with a juice groove around the edge, this board is large enough for a loaf of bread and heavy enough not to slide around. Oil it every few weeks with the board oil we include. Never put it in the dishwasher or leave it soaking in the sink. {money2}
---
Picnic blanket with waterproof backing. Soft fleece on top, a thin waterproof layer underneath and a carrying strap that doubles as a fastening. Big enough for four adults or two adults and a dog who takes up most of the space. Machine washable on a gentle cycle. Available in red tartan and navy stripe. {money}
---
Seed starter kit. Twelve biodegradable pots, a bag of peat-free compost, a small watering can and six packets of easy seeds: cress, radishes, marigolds, sunflowers, basil and peas. Designed for children but enjoyed by plenty of adults. Instructions are printed on a card with pictures. {money}
"""

HOUSE_GUIDE = r"""
Arrival: The key is in the key safe to the left of the front door. The code will be sent to you by text on the morning of your arrival. Please put the key back in the safe when you go out, as we only have one spare. Check-in is from four o'clock; if you arrive earlier you are welcome to leave bags in the porch.
---
Heating and hot water: The boiler is in the cupboard under the stairs. The heating is set to come on morning and evening, and the thermostat is in the hall. Please do not turn it above twenty-one degrees. If the hot water runs cold, press the small red boost button on the front of the boiler and wait half an hour.
---
Wi-Fi: The network name and password are on the card by the router in the sitting room. The signal is weak in the back bedroom; there is a small booster plugged in on the landing which helps. If the internet stops working, switch the router off at the wall, count to thirty and switch it on again.
---
Kitchen: You will find everything you need for cooking in the cupboards, including a slow cooker and a blender. The oven has a timer that is quite confusing; the instructions are in the drawer below it. Please do not put the wooden chopping boards or the sharp knives in the dishwasher. Tea, coffee and sugar are provided for your first day.
---
Bins and recycling: Black bin for general rubbish, blue bin for paper, card, cans and plastic bottles, and the small green caddy for food waste. Glass goes in the box by the back door. Collection is on {day} morning, so please put the bins out at the end of the drive the night before if your stay covers it.
---
The wood burner: Kindling and logs are in the store beside the shed. Open the air vent fully to light the fire and close it halfway once it is burning well. Never use the burner to burn rubbish or wet wood. There is a fireguard for use when children are in the room, and a carbon monoxide alarm on the wall above.
---
Parking: There is space for two cars on the drive. Please do not park on the lane, as the farmer needs to get his tractor past, sometimes very early in the morning. If you have a third car, the village car park by the church is free overnight and only a three-minute walk away.
---
The garden: You are very welcome to use the garden and the table and chairs on the patio. The barbecue is in the shed; please let it cool completely before putting it back. The gate at the bottom of the garden leads to a footpath along the stream. Please keep it shut, because the neighbour's sheep are very curious.
---
Local shops: The village shop on {street} sells bread, milk, newspapers and a surprising range of local cheese. It closes at one on Sundays. For a big shop, the nearest supermarket is in {town}, about fifteen minutes by car. There is also a farm shop on the main road with excellent sausages and an honesty box for eggs.
---
Walks from the door: Turn left out of the gate and follow the lane uphill for a short loop of about two miles with views over the valley. For a longer walk, take the footpath behind the church to the old quarry and back along the river. Maps are on the bookshelf. Paths can be very muddy after rain, so boots are a good idea.
---
Pets: Well-behaved dogs are welcome, up to two per booking. Please keep them off the beds and sofas; there are old blankets in the basket in the hall if your dog likes to curl up somewhere soft. Towels for muddy paws are hanging on the hook by the back door. Please pick up after your dog in the garden.
---
Washing machine: The washing machine is in the utility room. Detergent is in the cupboard above it. The quick wash takes about forty minutes. There is no tumble dryer, but there is a washing line in the garden and a clothes horse in the utility room for rainy days. Please leave the door open after use so it does not smell.
---
Emergencies: In an emergency call the emergency services first. The nearest hospital with an accident and emergency department is in {town}, about twenty-five minutes away. For anything to do with the house, such as a leak or a power cut, call me on the number on the fridge. The fuse box is in the cupboard by the front door.
---
Departure: Check-out is at ten in the morning. Before you go, please strip the beds and leave the used linen in a pile on each bed, run the dishwasher, empty the bins and close all the windows. Leave the key in the key safe and scramble the code. We hope you have had a lovely stay and would love to read your comments in the guest book.
---
Quiet hours: The cottage is attached to the neighbours' house on one side, and the walls are old and thin. Please keep noise down after ten at night and before eight in the morning. Parties and events are not allowed. The neighbours are friendly and will happily give directions or lend a torch if you need one.
---
Television and music: The television is connected to the internet and you can log in to your own streaming accounts; please log out before you leave. There is also a small speaker in the kitchen that connects by Bluetooth, and a shelf of board games and jigsaw puzzles in the cabinet under the window, some of them with a few pieces missing.
"""

REVIEWS_CAFE = r"""
Lovely little place. The coffee was strong and hot and the cheese scone was still warm from the oven. Staff were friendly even though it was very busy. Only complaint is that there are not many tables, so we had to wait about ten minutes for a seat. Worth it though. Four stars from me.
---
Came here for brunch with my sister. The eggs were perfectly done but the toast was a bit burnt and it took almost forty minutes for the food to arrive. The waiter apologised and gave us free coffees, which was kind. Nice atmosphere, great music, just a slow kitchen on a Sunday.
---
I work from here once a week. Good Wi-Fi, plenty of plugs, and nobody gives you dirty looks if you stay for a couple of hours with one pot of tea. The soup of the day is always excellent. Prices have gone up a little recently, but that is true everywhere.
---
Disappointing visit. My latte was lukewarm and the cake tasted like it had been in the fridge for days. When I mentioned it, the woman at the counter just shrugged. I have had good experiences here before, so maybe it was an off day, but I won't hurry back.
---
Best hot chocolate in {town}, no question. They make it with real melted chocolate and a pinch of something spicy. The children loved the marshmallows. It can get loud when the prams are in, but that is what you expect on a school holiday. Toilets were clean, which is more than I can say for some places.
---
Dog friendly, which is why we come. They bring out a water bowl without being asked and there is a jar of dog biscuits on the counter. Food is simple but good: sandwiches, soup, a few cakes. The outside tables are in the sun in the afternoon. Parking nearby is difficult.
---
Vegan options are limited to one sandwich and a flapjack, which is a shame in this day and age. What they do have is tasty, and the oat milk flat white was lovely. It would be great to see a vegan cake or a warm dish on the menu. Staff were very helpful about allergens.
---
Went for my birthday and they put a candle in my brownie without me asking, because they heard my friend mention it. Small touch, made my day. The brownie itself was gooey and rich. Coffee was okay, nothing special. The mismatched china is cute.
---
Too expensive for what you get. Two coffees and two pieces of cake came to almost {money}. The portions are small and the chairs are uncomfortable. I can see why people like the look of the place, but I think it is mostly about being photographed rather than about the food.
---
A hidden gem. We found it by accident while walking along the canal. Homemade lemonade, an amazing quiche and a friendly owner who told us all about the history of the old lock-keeper's cottage the café is in. There is a small garden at the back with a view of the boats.
---
Service was chaotic. They forgot one of our orders completely, brought the wrong sandwich to another person, and the card machine was not working, so we had to find a cash point. To be fair, the staff were clearly overwhelmed and very apologetic. They need more people on at weekends.
---
My go-to for a quick breakfast before work. The bacon roll is excellent and they have it ready in about five minutes. The queue moves quickly. I would give five stars, but the takeaway cups leak if you walk too fast, and I have ruined one shirt already.
"""

REVIEWS_HOTEL = r"""
The room was spotless and the bed was extremely comfortable. We slept really well, which was a surprise given that the hotel is on a main road. The breakfast buffet had a good choice, although the coffee from the machine was weak. Reception staff were welcoming and let us check in early.
---
The location is perfect for exploring the old town, but the room was tiny. We could barely open the suitcase on the floor. The shower was powerful and hot, and the towels were fluffy. Would recommend for a short stay if you are planning to be out most of the time.
---
We were given a room directly above the bar and could hear music until after midnight. When I asked to move, they said the hotel was full. The next morning the manager apologised and gave us a discount, which I appreciated, but it did spoil the first night of our anniversary trip.
---
Staff went above and beyond. My daughter left her favourite teddy in the room and they posted it to us the same week, with a little note. The hotel itself is a bit old-fashioned, with patterned carpets and heavy curtains, but it is very clean and comfortable.
---
Breakfast was the highlight: fresh pastries, local cheese, fruit salad and eggs cooked however you like. The pool was smaller than it looked in the photos and quite cold. The car park is expensive at {money2} a night. Overall a pleasant stay, but not good value for the price.
---
The booking said sea view, but the view was mostly of the car park with a strip of sea in the distance. Room was clean, the Wi-Fi kept dropping out and the air conditioning made a rattling noise. The staff were polite but did not seem able to do much about any of it.
---
A lovely quiet country hotel. We had dinner in the restaurant both nights and the food was excellent, especially the lamb. Our room overlooked the garden and we woke up to birdsong. The stairs are steep and there is no lift, so it may not suit everyone.
---
Check-in took forty-five minutes because the computer system was down. Once we got to the room everything was fine, but it was a stressful start after a long drive with two tired children. The family room had plenty of space and the cots were already set up.
---
Great value for money. Simple, modern rooms, a friendly night porter and a ten-minute walk to the station. No restaurant, but there are plenty of places nearby. The only downside is the thin walls; I could hear the person next door talking on the phone.
---
I stayed here for work for four nights. The desk in the room was a good size and the chair was comfortable, which matters when you are answering emails in the evening. Laundry service was quick. Breakfast started at seven, which was too late for my early meetings.
---
The spa was the reason we booked, and it did not disappoint. The sauna and steam room were clean and never crowded. Massages were expensive but very good. The room itself was nice but nothing special, and the mini-bar prices were frankly outrageous.
---
Old building with lots of character, creaky floorboards and a resident cat who sleeps in the lobby. Rooms are all different; ours had a sloping ceiling, which my husband hit his head on more than once. Everyone was very kind and the homemade cake at afternoon tea was a treat.
"""
