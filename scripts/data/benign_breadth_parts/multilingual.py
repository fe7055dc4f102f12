"""Requests in other natural languages: "iso | request" (one per line; "\n" in a line is a newline).

MIXED lines switch languages inside the request; TRANSLATION lines ask for a translation.
"""

# ruff: noqa: E501  (hand-written prose: one request or paragraph per line)

from __future__ import annotations

_NATIVE = r"""
fr | Bonjour ! Pouvez-vous m'expliquer la différence entre le passé composé et l'imparfait avec quelques exemples simples ?
fr | Quelle est la meilleure façon de conserver des herbes fraîches comme le basilic ou la coriandre ?
fr | j'ai un entretien d'embauche lundi pour un poste de comptable, tu peux me donner des conseils ?
fr | Propose-moi un itinéraire de trois jours en Bretagne, sans voiture si possible.
fr | Pourquoi la tour Eiffel a-t-elle été construite, et était-elle censée rester ?
fr | Comment calculer le pourcentage d'augmentation entre deux prix ?
fr | Mon chat refuse de manger ses croquettes depuis deux jours. Est-ce que je dois m'inquiéter ?
fr | Écris un petit mot de remerciement pour la maîtresse de ma fille, sur un ton chaleureux mais pas trop familier.
fr | Quelles sont les règles de base de la pétanque ?
fr | Explique-moi en termes simples ce qu'est un taux d'intérêt variable.
fr | C'est quoi la différence entre un roman et une nouvelle ?
fr | Je voudrais apprendre à faire du pain maison. Par quoi je commence ?
fr | Peux-tu résumer la philosophie de Montaigne en quelques phrases ?
fr | Comment dit-on poliment à un collègue qu'il parle trop fort au téléphone ?
fr | Quels légumes peut-on planter en septembre dans le sud de la France ?
es | ¿Cuál es la diferencia entre "ser" y "estar"? Siempre me confundo.
es | Necesito una receta de tortilla de patatas para seis personas. ¿Con cebolla o sin cebolla?
es | ¿Me puedes recomendar libros de ciencia ficción escritos por autores latinoamericanos?
es | Hola, ¿cómo le explico a mi hijo de ocho años por qué llueve?
es | ¿Qué documentos necesito para renovar el pasaporte en España?
es | Escríbeme un mensaje para felicitar a mi abuela por sus 90 años.
es | ¿Es mejor pagar la hipoteca antes de tiempo o invertir el dinero?
es | Quiero empezar a correr pero me aburro enseguida. ¿Algún consejo para mantener la motivación?
es | ¿Por qué en Argentina se dice "vos" en vez de "tú"?
es | Explícame qué es la fotosíntesis como si tuviera doce años.
es | ¿Qué lugares no me puedo perder en Ciudad de México si solo tengo un fin de semana?
es | mi planta de aloe vera se está poniendo marrón, q hago??
es | ¿Cómo se calcula el IVA de una factura?
es | Dame cinco ideas de regalo para un compañero de trabajo que se jubila.
es | ¿Quién fue Frida Kahlo y por qué es tan famosa?
de | Kannst du mir erklären, wann man „seit" und wann „seid" schreibt?
de | Was ist der Unterschied zwischen einer GmbH und einer UG?
de | Ich fahre im Sommer mit dem Rad von Passau nach Wien. Worauf sollte ich achten?
de | Wie lange muss ein Schweinebraten im Ofen bleiben, wenn er 1,5 kg wiegt?
de | Schreib mir bitte eine kurze, höfliche Absage für eine Einladung zum Grillfest.
de | Warum gibt es in Deutschland so viele verschiedene Mülltonnen?
de | Mein Sohn soll ein Referat über Vulkane halten. Kannst du mir helfen, es zu gliedern?
de | wie bekomme ich kalkflecken von der duschwand weg
de | Was bedeutet eigentlich „Feierabend" und gibt es das Wort auch in anderen Sprachen?
de | Erkläre mir bitte den Satz des Pythagoras mit einem Beispiel aus dem Alltag.
de | Welche Brettspiele eignen sich für einen Abend mit sechs Erwachsenen?
de | Ich möchte mein Balkonkraftwerk anmelden. Wie läuft das ungefähr ab?
de | Wer war Hildegard von Bingen?
de | Gib mir ein paar Tipps, wie ich mich besser auf die Führerscheinprüfung vorbereiten kann.
pt | Qual é a diferença entre o português do Brasil e o de Portugal na pronúncia?
pt | Me dá uma receita fácil de pão de queijo?
pt | Como faço para tirar mancha de café de uma camisa branca?
pt | Estou pensando em fazer intercâmbio no Canadá. Por onde começo a planejar?
pt | Explique de forma simples o que é inflação e por que os preços sobem.
pt | Quais são os melhores exercícios para dor nas costas de quem trabalha sentado?
pt | Escreva uma mensagem de boas-vindas para um novo colega de equipe.
pt | vc sabe qual a origem da festa junina?
pt | Quanto tempo devo deixar o feijão de molho antes de cozinhar?
pt | Como explicar frações para uma criança de nove anos?
pt | Quais cidades históricas de Portugal valem a pena visitar de comboio?
pt | Qual a diferença entre um MEI e uma microempresa?
pt | O que significa a expressão "saudade" e por que dizem que não tem tradução?
pt | Me indique filmes brasileiros clássicos para assistir com a família.
it | Come si prepara un vero ragù alla bolognese? Quanto tempo deve cuocere?
it | Qual è la differenza tra il congiuntivo e l'indicativo? Fammi degli esempi.
it | Sto organizzando una gita in Toscana. Meglio Siena o Lucca per una giornata?
it | Scrivimi un messaggio di auguri per il compleanno di mio fratello, un po' scherzoso.
it | Perché la torre di Pisa è pendente?
it | Come posso convincere mio figlio adolescente a leggere di più?
it | ciao! mi spieghi come funziona la raccolta differenziata a milano?
it | Quali sono i sintomi comuni di un'allergia ai pollini?
it | Chi era Leonardo Fibonacci e cosa ha scoperto?
it | Mi consigli qualche esercizio per migliorare la postura?
it | Come si scrive una lettera formale per chiedere un rimborso?
it | Che differenza c'è tra un espresso, un ristretto e un lungo?
it | Quali piante aromatiche posso coltivare sul balcone esposto a nord?
it | Spiegami in parole semplici come funziona un mutuo a tasso fisso.
nl | Wat is het verschil tussen "hun" en "hen"? Ik haal ze altijd door elkaar.
nl | Kun je een simpel recept geven voor stamppot boerenkool?
nl | Hoe kan ik het beste fietsen in de regen zonder doorweekt aan te komen?
nl | Waarom liggen zoveel delen van Nederland onder zeeniveau?
nl | Schrijf een korte uitnodiging voor een verjaardagsfeestje van mijn dochter van zeven.
nl | Wat moet ik regelen als ik verhuis naar een andere gemeente?
nl | Welke musea in Amsterdam zijn leuk met kleine kinderen?
nl | hoe lang moet een ei koken voor een zachte dooier
nl | Wat is het verschil tussen een huurtoeslag en een zorgtoeslag?
nl | Geef me tips om mijn Nederlands te verbeteren, ik woon hier pas een jaar.
nl | Wie was Rembrandt en waarom is De Nachtwacht zo beroemd?
nl | Hoe maak ik mijn tuin vriendelijker voor bijen?
nl | Welke bordspellen zijn leuk om met z'n tweeën te spelen?
nl | Leg uit hoe een hypotheek met annuïteit werkt.
ru | Объясни, пожалуйста, разницу между совершенным и несовершенным видом глагола.
ru | Как приготовить настоящий борщ? Нужна ли свёкла обязательно?
ru | Посоветуй, что посмотреть в Санкт-Петербурге за два дня.
ru | Почему небо голубое? Объясни простыми словами для ребёнка.
ru | Напиши короткое поздравление с днём рождения для коллеги.
ru | Как правильно ухаживать за орхидеей дома?
ru | какие книги почитать чтобы лучше понимать историю россии 19 века
ru | Как рассчитать, сколько обоев нужно на комнату 4 на 5 метров?
ru | Что такое сложные проценты и как они работают?
ru | Как подготовиться к первому марафону, если сейчас бегаю только 10 км?
ru | Кто такой Дмитрий Менделеев и как он придумал периодическую таблицу?
ru | Как вежливо отказаться от дополнительной работы, не испортив отношения с начальником?
ru | Какие настольные игры подойдут для семьи с детьми 6 и 10 лет?
ru | Чем отличается простуда от гриппа?
pl | Jak się robi pierogi ruskie? Ile ziemniaków na kilogram mąki?
pl | Wytłumacz mi, kiedy używać „w" a kiedy „na" przed nazwami miejsc.
pl | Co warto zobaczyć w Krakowie w jeden weekend?
pl | Napisz krótkie życzenia imieninowe dla mojej cioci Basi.
pl | Dlaczego liście zmieniają kolor jesienią?
pl | Jak przygotować się do rozmowy kwalifikacyjnej na stanowisko programisty?
pl | jak wyczyścić przypalony garnek
pl | Jaka jest różnica między umową o pracę a umową zlecenie?
pl | Kim była Maria Skłodowska-Curie i za co dostała Nagrody Nobla?
pl | Polecisz jakieś dobre polskie książki fantasy oprócz Wiedźmina?
pl | Jak nauczyć psa chodzenia na smyczy bez ciągnięcia?
pl | Ile wody powinienem pić podczas upałów?
pl | Wyjaśnij prostymi słowami, czym jest inflacja.
pl | Jak zaplanować budżet domowy, żeby coś odłożyć co miesiąc?
tr | Türkçede "-de" ekinin ayrı mı bitişik mi yazılacağını nasıl anlarım?
tr | Evde kolay bir mercimek çorbası tarifi verir misin?
tr | İstanbul'da bir günüm var, nereleri gezmemi önerirsin?
tr | Annem için doğum günü mesajı yazar mısın? Duygusal olsun ama çok uzun olmasın.
tr | Kediler neden kutulara bu kadar bayılıyor?
tr | İş görüşmesinde maaş beklentimi nasıl söylemeliyim?
tr | kış aylarında balkonda hangi bitkileri yetiştirebilirim
tr | Kapadokya'ya gitmek için en güzel mevsim hangisi?
tr | Çocuğuma çarpım tablosunu eğlenceli bir şekilde nasıl öğretebilirim?
tr | Enflasyon ile faiz arasındaki ilişkiyi basitçe açıklar mısın?
tr | Mimar Sinan kimdir ve en önemli eserleri nelerdir?
tr | Türk kahvesi nasıl yapılır, köpüğü nasıl iyi olur?
tr | Uykusuzluk için doğal yöntemler önerir misin?
tr | Araba kiralarken nelere dikkat etmeliyim?
ar | ما الفرق بين الفصحى واللهجات العامية في العالم العربي؟
ar | كيف أحضّر المقلوبة بالدجاج والباذنجان؟
ar | اكتب لي رسالة تهنئة قصيرة بمناسبة عيد الفطر لزملائي في العمل.
ar | لماذا تتغير أطوار القمر خلال الشهر؟
ar | ما هي أفضل طريقة لتعلّم اللغة الإنجليزية في المنزل؟
ar | أريد أن أبدأ مشروعًا صغيرًا لبيع الحلويات من المنزل. من أين أبدأ؟
ar | من هو ابن سينا وما أشهر كتبه؟
ar | كيف أساعد طفلي على النوم مبكرًا؟
ar | ما هي الأماكن التي تنصحني بزيارتها في عمّان؟
ar | اشرح لي ما هي الطاقة الشمسية وكيف تعمل الألواح الشمسية.
ar | كم مرة يجب أن أسقي نبتة الصبار في الصيف؟
ar | ما الفرق بين الادخار والاستثمار؟
ar | اقترح عليّ خمس روايات عربية مشهورة.
ar | كيف أكتب سيرة ذاتية جيدة لأول وظيفة؟
hi | मुझे दाल मखनी बनाने की आसान विधि बताइए।
hi | बच्चों को गणित में रुचि कैसे दिलाएँ?
hi | क्या आप मुझे समझा सकते हैं कि शेयर बाज़ार कैसे काम करता है?
hi | मेरी दादी का जन्मदिन है, उनके लिए एक छोटी सी कविता लिखिए।
hi | गर्मियों में तुलसी के पौधे की देखभाल कैसे करें?
hi | जयपुर में दो दिन में क्या-क्या घूम सकते हैं?
hi | नौकरी के इंटरव्यू में "अपने बारे में बताइए" का जवाब कैसे दें?
hi | इंद्रधनुष कैसे बनता है? सरल भाषा में समझाइए।
hi | रोज़ सुबह योग करने के क्या फ़ायदे हैं?
hi | प्रेमचंद की कौन सी कहानियाँ सबसे पहले पढ़नी चाहिए?
hi | बिजली का बिल कम करने के कुछ आसान तरीके बताइए।
hi | पासपोर्ट बनवाने के लिए कौन-कौन से दस्तावेज़ चाहिए?
hi | क्रिकेट में डकवर्थ-लुईस नियम क्या होता है?
hi | मुझे हिंदी में एक औपचारिक छुट्टी का आवेदन पत्र लिखना है, मदद करेंगे?
zh | 请问怎样做一碗好吃的西红柿炒鸡蛋？先放鸡蛋还是先放西红柿？
zh | 能帮我解释一下"的"、"地"、"得"的区别吗？
zh | 第一次去成都旅游，三天应该怎么安排？
zh | 为什么冬天的时候静电特别多？
zh | 帮我写一段给老师的感谢信，大概一百字。
zh | 我想开始学吉他，成年人自学难不难？
zh | 孩子不爱吃蔬菜，有什么好办法吗？
zh | 请简单介绍一下唐朝的历史。
zh | 怎么判断西瓜熟没熟？
zh | 基金定投是什么意思？适合新手吗？
zh | 多肉植物叶子发软是怎么回事
zh | 推荐几本适合高中生读的中国现代小说。
zh | 面试的时候被问到缺点，应该怎么回答比较好？
zh | 请解释一下什么是光年。
ja | 敬語の「尊敬語」と「謙譲語」の違いを例を使って教えてください。
ja | 初心者でも作れる簡単な肉じゃがのレシピを教えてください。
ja | 京都で紅葉を見るなら、どこがおすすめですか？
ja | 猫が夜中に走り回るのはなぜですか？
ja | 同僚の送別会で使える短いスピーチを考えてもらえますか。
ja | 確定申告って何をすればいいの？フリーランス一年目です。
ja | 子どもが九九を覚えるのに良い方法はありますか？
ja | 梅雨の時期に洗濯物を早く乾かすコツを教えて
ja | なぜ日本では電車がこんなに時間通りに来るのですか？
ja | 夏目漱石の作品で最初に読むならどれがいいですか？
ja | 朝型の生活に変えたいのですが、どうすればいいでしょうか。
ja | ふるさと納税の仕組みを簡単に説明してください。
ja | 富士山に初めて登ります。持ち物リストを作ってください。
ja | 俳句の基本的なルールを教えてください。
ko | 김치찌개를 맛있게 끓이는 방법을 알려 주세요.
ko | "-아/어서"와 "-니까"의 차이가 뭐예요?
ko | 부산에 2박 3일로 여행 가는데 어디를 가면 좋을까요?
ko | 고양이가 왜 꾹꾹이를 하나요?
ko | 친구 결혼식 축사를 짧게 써 줄 수 있어요?
ko | 직장인을 위한 간단한 스트레칭 방법 좀 알려 줘
ko | 세종대왕이 한글을 만든 이유는 무엇인가요?
ko | 전세와 월세의 차이를 쉽게 설명해 주세요.
ko | 초등학생 아이와 함께 할 수 있는 과학 실험 추천해 주세요.
ko | 겨울철에 피부가 건조할 때 어떻게 관리해야 하나요?
ko | 처음 주식을 시작하려면 무엇부터 공부해야 할까요?
ko | 자기소개서 첫 문장을 어떻게 시작하면 좋을까요?
ko | 비 오는 날 듣기 좋은 노래 추천해 줘요
ko | 블랙홀은 어떻게 생기는 건가요?
vi | Làm sao để nấu phở bò ngon tại nhà?
vi | Bạn có thể giải thích sự khác nhau giữa "nhưng" và "mà" không?
vi | Đi Đà Lạt ba ngày thì nên đi những đâu?
vi | Viết giúp mình một lời chúc Tết ngắn gọn gửi sếp.
vi | Tại sao nước biển lại mặn?
vi | Làm thế nào để con nhỏ chịu đọc sách?
vi | cây lưỡi hổ trong nhà bao lâu tưới nước một lần
vi | Cách viết email xin nghỉ phép lịch sự bằng tiếng Việt?
vi | Lãi suất kép là gì? Cho mình ví dụ đơn giản.
vi | Ai là tác giả của Truyện Kiều và tác phẩm này nói về điều gì?
vi | Mình muốn tập chạy bộ buổi sáng, nên bắt đầu thế nào?
vi | Hãy gợi ý vài món chay dễ làm cho bữa tối.
vi | Vì sao cà phê Việt Nam thường pha bằng phin?
vi | Làm sao để tiết kiệm tiền khi mới đi làm?
sw | Je, unaweza kunieleza jinsi ya kupika pilau ya nyama?
sw | Ni ipi tofauti kati ya hali ya hewa na tabianchi?
sw | Nisaidie kuandika barua fupi ya kumshukuru mwalimu wangu.
sw | Ni vivutio gani vya kitalii ninavyopaswa kutembelea Zanzibar?
sw | Kwa nini anga huonekana bluu wakati wa mchana?
sw | Ninawezaje kuanza biashara ndogo ya kuuza mboga sokoni?
sw | Nieleze methali "Haba na haba hujaza kibaba" inamaanisha nini.
sw | Je, ni vyakula gani vyenye protini nyingi kwa mtu asiyekula nyama?
sw | Ninawezaje kumsaidia mtoto wangu kujifunza kusoma?
sw | Mlima Kilimanjaro una urefu gani na ni vigumu kuupanda?
sw | Niandikie ujumbe mfupi wa kumtakia rafiki yangu heri ya siku ya kuzaliwa.
sw | Ni njia zipi nzuri za kuhifadhi maji nyumbani wakati wa kiangazi?
sw | Eleza kwa ufupi historia ya lugha ya Kiswahili.
sw | jinsi ya kutunza kuku wa kienyeji ili watage mayai mengi
el | Μπορείς να μου εξηγήσεις τη διαφορά ανάμεσα στον αόριστο και τον παρατατικό;
el | Πώς φτιάχνω σωστό τζατζίκι που να μη βγάζει νερά;
el | Ποια νησιά των Κυκλάδων προτείνεις για οικογένεια με μικρά παιδιά;
sv | Vad är skillnaden mellan "sin" och "hans" i svenska?
sv | Kan du ge mig ett enkelt recept på kanelbullar?
sv | Hur förbereder jag mig för en vandring i fjällen i augusti?
id | Bagaimana cara membuat nasi goreng yang enak dan tidak lembek?
id | Tolong jelaskan perbedaan antara "di" sebagai kata depan dan sebagai awalan.
id | Tempat wisata apa saja yang wajib dikunjungi di Yogyakarta?
uk | Поясни, будь ласка, чим відрізняються слова «мабуть» і «напевно».
uk | Як приготувати вареники з вишнями?
uk | Порадь кілька способів краще висипатися.
he | איך מכינים שקשוקה טובה בבית?
he | מה ההבדל בין חיסכון בקרן השתלמות לבין קופת גמל?
th | ช่วยแนะนำวิธีทำต้มยำกุ้งแบบง่ายๆ ได้ไหม
th | ทำไมคนไทยถึงไหว้เวลาทักทาย
fa | چطور می‌توانم قورمه‌سبزی خوشمزه درست کنم؟
fa | لطفاً توضیح بده نوروز چه جشنی است و چه آدابی دارد.
bn | কীভাবে সহজে ভাপা পিঠা বানানো যায়?
bn | রবীন্দ্রনাথ ঠাকুরের কোন বইগুলো প্রথমে পড়া উচিত?
"""

_MIXED = r"""
es | Oye, I need help con mi resume, is it better to put la experiencia first o la educación?
hi | Yaar, mujhe ek birthday message likhna hai for my best friend, thoda funny hona chahiye.
fr | Tu peux m'aider avec mon email ? Basically je dois dire à mon manager que je serai en retard demain, mais de façon pro.
de | Ich brauche ein paar Ideen für ein Team-Event, something fun but not too teuer.
pt | Preciso de uma recipe rápida for dinner, tenho frango, arroz e um pouco de brócolis.
zh | 我明天有个 presentation，帮我想一个好的 opening line？
ja | 来週の meeting の agenda を簡単に作ってくれる？テーマは新しいオフィスの引っ越しです。
ko | 이번 주말에 hiking 가려고 하는데, 초보자한테 좋은 trail 추천해 줄 수 있어?
tr | Bu akşam için bir movie önerir misin? Something light, çok ağır olmasın.
ar | ممكن تساعدني أكتب caption لصورة عيد ميلاد أختي على Instagram؟
it | Mi serve una mano con la presentazione: come faccio una slide di summary che non sia boring?
nl | Kun je me helpen met een planning voor de week? I keep forgetting my deadlines.
ru | Помоги составить список вещей для поездки, we're going camping for three days.
vi | Bạn ơi, cho mình hỏi nên mua laptop nào for studying, budget khoảng 15 triệu?
sw | Naomba unisaidie kuandika email kwa boss wangu, nataka ku-request leave ya siku tatu.
pl | Potrzebuję pomysłu na prezent dla szefa, something classy ale nie za drogie.
"""

_TRANSLATION = r"""
fr | Traduis en anglais, s'il te plaît : « Nous serons ravis de vous accueillir samedi soir pour fêter nos vingt ans de mariage. »
es | ¿Cómo se dice en inglés "me da igual" sin sonar maleducado?
de | Übersetze bitte ins Spanische: „Könnten Sie mir sagen, wo der nächste Bahnhof ist?"
ja | 「お疲れ様です」は英語でどう言えば自然ですか？場面ごとに教えてください。
zh | 请把这句话翻译成英文："这家店的饺子是我吃过最好吃的。"
it | Come si traduce in francese "in bocca al lupo", e c'è un'espressione equivalente?
pt | Traduz para o espanhol: "Amanhã vamos à praia se não chover."
ko | "수고하셨습니다"를 영어로 자연스럽게 번역하면 뭐예요?
ru | Переведи на английский, пожалуйста: «Спасибо за гостеприимство, нам у вас очень понравилось».
ar | ترجم إلى الفرنسية: "أين يمكنني شراء تذكرة القطار؟"
hi | "मुझे देर हो गई, माफ़ कीजिए" को अंग्रेज़ी और फ़्रेंच में कैसे कहेंगे?
tr | Şu cümleyi Almancaya çevirir misin: "Yarın sabah erkenden havaalanına gitmem gerekiyor."
nl | Vertaal naar het Engels: "Het was gezellig, we moeten dit vaker doen!" Wat betekent "gezellig" precies?
pl | Przetłumacz na angielski: „Czy mogę zapłacić kartą?" i „Poproszę rachunek."
vi | Dịch giúp mình sang tiếng Anh câu này: "Cảm ơn bạn đã luôn ở bên cạnh mình."
sw | Tafsiri kwa Kiingereza: "Karibu sana, jisikie uko nyumbani."
"""


def _parse(raw: str) -> list[tuple[str, str]]:
    out = []
    for line in raw.strip().splitlines():
        code, text = line.split(" | ", 1)
        out.append((code.strip(), text.strip().replace("\\n", "\n")))
    return out


NATIVE = _parse(_NATIVE)
MIXED = _parse(_MIXED)
TRANSLATION = _parse(_TRANSLATION)

# English-language requests to translate *into* another language: (target iso, request).
INTO = [
    (
        "es",
        'Translate into Spanish for a hotel check-in desk sign: "Breakfast is served from 7 to '
        '10 am in the garden room. Please ask reception for a late checkout."',
    ),
    (
        "de",
        'How would I say "I\'m allergic to nuts, does this dish contain any?" in German? '
        "Polite form please.",
    ),
    (
        "ja",
        'Can you translate "Thank you for your hospitality, we had a wonderful stay" into '
        "Japanese, both polite and casual versions?",
    ),
    (
        "fr",
        "Please translate this into French for a birthday card: \"Happy 60th, Dad! Here's to "
        'many more walks, terrible jokes and Sunday roasts."',
    ),
    ("it", 'Translate to Italian: "Could we have a table for four near the window, please?"'),
    (
        "ko",
        "What's the Korean for \"Nice to meet you, I'm the new English teacher\"? Include the "
        "romanisation.",
    ),
    ("sw", 'Translate "Where is the bus to Arusha?" and "How much is the ticket?" into Swahili.'),
    (
        "pt",
        "Put this into Brazilian Portuguese for my in-laws: \"We're so excited to visit you in "
        'December!"',
    ),
]
