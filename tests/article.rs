//! Article structure and quotes: hand-checked expectations for each fixture shape.

mod common;

use newsdesk::report::{Entity, MentionType, Quote, QuoteKind, Report, Source, Zone};
use newsdesk::{analyse, Options};

fn report(name: &str) -> (String, Report) {
    let text = std::fs::read_to_string(common::fixture(name)).unwrap();
    let r = analyse(&text, Source::default(), vec![], &Options::default());
    (text, r)
}

fn entity<'a>(r: &'a Report, name: &str) -> &'a Entity {
    r.entities.iter().find(|e| e.name == name).unwrap_or_else(|| panic!("no entity {name:?}"))
}

/// The quote whose text starts with `start`.
fn quote<'a>(r: &'a Report, start: &str) -> &'a Quote {
    r.quotes
        .iter()
        .find(|q| q.text.starts_with(start))
        .unwrap_or_else(|| panic!("no quote {start:?} in {:#?}", r.quotes.iter().map(|q| &q.text).collect::<Vec<_>>()))
}

/// Check kind, speaker entity name (or none) and the words at the attribution.
fn said(r: &Report, start: &str, kind: QuoteKind, speaker: Option<&str>, speaker_text: &str, cue: Option<&str>) {
    let q = quote(r, start);
    assert_eq!(q.kind, kind, "{q:?}");
    assert_eq!(q.speaker.map(|e| r.entities[e].name.as_str()), speaker, "{q:?}");
    assert_eq!(q.speaker_text.as_deref(), Some(speaker_text), "{q:?}");
    if cue.is_some() {
        assert_eq!(q.cue.as_deref(), cue, "{q:?}");
    }
}

/// Every span the report gives indexes the text in code points and bytes.
fn offsets_hold(text: &str, r: &Report) {
    let chars: Vec<char> = text.chars().collect();
    let cut = |s: usize, e: usize| chars[s..e].iter().collect::<String>();
    let a = &r.article;
    for s in [&a.publication, &a.headline, &a.standfirst, &a.section].into_iter().flatten() {
        assert_eq!(cut(s.start, s.end), s.text);
        assert_eq!(&text[s.byte_start..s.byte_end], s.text);
    }
    for b in &a.byline {
        assert_eq!(cut(b.start, b.end), b.name);
        assert_eq!(&text[b.byte_start..b.byte_end], b.name);
    }
    for c in &a.captions {
        assert_eq!(cut(c.start, c.end), c.text);
    }
    if let Some(d) = &a.dateline {
        assert_eq!(cut(d.start, d.end), d.text);
        assert_eq!(&text[d.byte_start..d.byte_end], d.text);
    }
    for q in &r.quotes {
        assert_eq!(cut(q.start, q.end), q.text);
        assert_eq!(&text[q.byte_start..q.byte_end], q.text);
        if let (Some(s), Some(e), Some(t)) = (q.speaker_start, q.speaker_end, &q.speaker_text) {
            assert_eq!(&cut(s, e), t);
        }
        for n in q.nested.iter().chain(&q.brackets) {
            assert_eq!(cut(n.start, n.end), n.text);
        }
    }
}

#[test]
fn seed_clipping_structure() {
    let (text, r) = report("scmp_digital_silk_road.txt");
    offsets_hold(&text, &r);
    let a = &r.article;
    assert_eq!(a.shape, "pressreader");
    assert_eq!(a.publication.as_ref().unwrap().text, "South China Morning Post");
    assert_eq!(a.headline.as_ref().unwrap().text, "Digital Silk Road forum to woo belt and road partners");
    assert_eq!(
        a.standfirst.as_ref().unwrap().text,
        "Initiative part of Beijing’s efforts to promote its tech vision amid increasingly divided cyberspace"
    );
    assert_eq!(a.byline.len(), 1);
    assert_eq!(a.byline[0].name, "Ben Jiang");
    assert_eq!(a.byline[0].email.as_deref(), Some("ben.jiang@scmp.com"));
    assert!(a.dateline.is_none() && a.date.is_none() && a.section.is_none());
    // The caption, then its repeat.
    assert_eq!(a.captions.len(), 2);
    assert_eq!(a.captions[0].credit.as_deref(), Some("Simon Song"));
    assert!(a.captions[0].text.starts_with("Participants from over 30 countries"));
    assert_eq!(a.captions[0].repeat_of, None);
    assert_eq!((a.captions[1].credit.as_deref(), a.captions[1].repeat_of), (Some("Simon Song"), Some(0)));
    let body = a.body.as_ref().unwrap();
    assert!(text[body.byte_start..body.byte_end].starts_with("China will host a forum"));
    assert!(text[body.byte_start..body.byte_end].ends_with("advancing the e-commerce sector, Ren said."));
}

#[test]
fn seed_clipping_zones() {
    let (text, r) = report("scmp_digital_silk_road.txt");
    let zone = |t: &str| r.mentions.iter().filter(|m| m.text == t).map(|m| m.zone).collect::<Vec<_>>();
    assert_eq!(zone("South China Morning Post"), [Zone::Publication]);
    assert_eq!(zone("Ben Jiang"), [Zone::Byline]);
    assert_eq!(zone("Simon Song"), [Zone::Caption, Zone::Caption]);
    // The trailer is boilerplate: "Newspapers from China" adds nothing to China.
    let trailer = text.find("Newspapers in English").unwrap();
    for m in r.mentions.iter().filter(|m| m.byte_start >= trailer) {
        assert_eq!(m.zone, Zone::Boilerplate, "{m:?}");
        assert_eq!(m.entity, None, "{m:?}");
    }
    // The repeated caption creates nothing; the first one does (Simon Song is a person).
    let repeat = r.article.captions[1].byte_start;
    let repeated: Vec<_> = r.mentions.iter().filter(|m| m.byte_start + 40 >= repeat && m.zone == Zone::Caption && m.byte_start < trailer).collect();
    assert!(repeated.iter().any(|m| m.entity.is_none()));
    assert_eq!(entity(&r, "Simon Song").count, 1);
    assert_eq!(entity(&r, "Xian").count, 2, "body and first caption, not the repeat");
    // Body statistics leave out the trailer and the repeated caption.
    assert_eq!(r.stats.paragraphs, 15);
    assert!(r.stats.words < 530, "{:?}", r.stats);
}

/// "the company", "the ministry": the last body named before that the noun fits; a listener
/// ("told Reuters") and a body of the other sort are passed over.
#[test]
fn a_body_called_by_a_noun_is_the_last_one_that_fits() {
    let text = "Corvano Holdings said profit rose. It told Reuters that the Ministry of Trade had approved the deal.\n\n\
                \"We are pleased,\" the company said.\n\n\
                \"The approval stands,\" the ministry said.\n\n\
                \"We will appeal,\" the council said.";
    let r = analyse(text, Source::default(), vec![], &Options::default());
    said(&r, "We are pleased", QuoteKind::Direct, Some("Corvano Holdings"), "the company", Some("said"));
    assert_eq!(quote(&r, "We are pleased").attribution.as_deref(), Some("nominal"));
    said(&r, "The approval stands", QuoteKind::Direct, Some("Ministry of Trade"), "the ministry", Some("said"));
    // No council has been named: the phrase stands alone.
    said(&r, "We will appeal", QuoteKind::Direct, None, "the council", Some("said"));

    // Words before the noun: a business's are free; a ministry's must be in its name.
    let text = "LONDON, March 19 (Reuters) - Corvano Holdings will cut 7,500 jobs, the consumer goods group said on Tuesday.\n\n\
                The Ministry of Trade approved the plan. \"We see no risk,\" the defence ministry said.";
    let r = analyse(text, Source::default(), vec![], &Options::default());
    said(&r, "Corvano Holdings will cut 7,500 jobs", QuoteKind::Indirect, Some("Corvano Holdings"), "the consumer goods group", Some("said"));
    said(&r, "We see no risk", QuoteKind::Direct, None, "the defence ministry", Some("said"));

    // A body whose name holds the noun is meant, though another fits and was named since.
    let text = "Talks between the Calder Harbour Authority and the Dockers Union broke down on Monday.\n\n\
                Some 23 ships are waiting offshore, the authority said. The union said it would not return.";
    let r = analyse(text, Source::default(), vec![], &Options::default());
    said(&r, "Some 23 ships are waiting offshore", QuoteKind::Indirect, Some("Calder Harbour Authority"), "the authority", Some("said"));
    said(&r, "it would not return", QuoteKind::Indirect, Some("Dockers Union"), "The union", Some("said"));

    // The body that opens the sentence is the one meant, before any named since.
    let text = "Kanazawa Cell Systems, a battery startup backed by Toyota Motor Corp, has raised 12 billion yen in a round led by Minato Capital, the company said on Monday.";
    let r = analyse(text, Source::default(), vec![], &Options::default());
    said(&r, "Kanazawa Cell Systems, a battery startup", QuoteKind::Indirect, Some("Kanazawa Cell Systems"), "the company", Some("said"));

    // A body last named by its acronym is judged by its full name: a weather department is
    // no grid operator, and "the department" is it.
    let text = "The Regional Weather Department (RWD) said the heat would last.\n\n\
                Demand hit a record on Sunday, the grid operator said. The RWD issued an alert, the department said.";
    let r = analyse(text, Source::default(), vec![], &Options::default());
    said(&r, "Demand hit a record", QuoteKind::Indirect, None, "the grid operator", Some("said"));
    said(&r, "The RWD issued an alert", QuoteKind::Indirect, Some("Regional Weather Department"), "the department", Some("said"));
}

/// A few quoted words after "called it" or "described ... as" are the subject's; after a
/// participle ("Thatcher, dubbed the ...") they are said of the subject, by nobody named.
#[test]
fn partial_quotes_after_a_naming_verb() {
    let text = "Senate Majority Leader Chuck Schumer called it \"a strong bipartisan vote\".\n\n\
                Margaret Thatcher, dubbed the \"Iron Lady\" by the Soviet press, won again.";
    let r = analyse(text, Source::default(), vec![], &Options::default());
    said(&r, "a strong bipartisan vote", QuoteKind::Partial, Some("Chuck Schumer"), "Chuck Schumer", Some("called"));
    assert_eq!(quote(&r, "Iron Lady").speaker, None);
}

/// A body's name set off by commas after a noun is the speaker, with its entity: "The
/// developer, Veridian Energy, said".
#[test]
fn a_body_named_in_apposition_speaks() {
    let text = "The developer, Veridian Energy, said the plant would meet every emissions standard.";
    let r = analyse(text, Source::default(), vec![], &Options::default());
    said(&r, "the plant would meet", QuoteKind::Indirect, Some("Veridian Energy"), "Veridian Energy", Some("said"));
}

/// A reported clause never opens with a direct quote's words: the quote keeps its speaker.
#[test]
fn a_direct_quote_is_no_reported_clause() {
    let text = "Haruto Ishikawa founded the firm in 2019.\n\n\
                \"We expect our cells to charge in under 10 minutes,\" Ishikawa, 47, said in an interview.";
    let r = analyse(text, Source::default(), vec![], &Options::default());
    assert_eq!(r.quotes.len(), 1, "{:#?}", r.quotes);
    assert_eq!(r.quotes[0].kind, QuoteKind::Direct);
}

/// A figure's value and bounds are the numbers the text wrote, integers as integers: "$4.1
/// billion" is 4100000000, not 4099999999.9999995.
#[test]
fn figures_are_the_numbers_written() {
    let text = "Costs were $4.1 billion, and the group expects between 3.3 and 4.1 million orders. It took two days.";
    let r = analyse(text, Source::default(), vec![], &Options::default());
    let json = serde_json::to_value(&r).unwrap();
    let figure = |t: &str| json["mentions"].as_array().unwrap().iter().find(|m| m["text"] == t).unwrap_or_else(|| panic!("no {t:?}")).clone();
    assert_eq!(figure("$4.1 billion")["value"].as_u64(), Some(4_100_000_000));
    let range = figure("between 3.3 and 4.1 million");
    assert_eq!((range["low"].as_u64(), range["high"].as_u64()), (Some(3_300_000), Some(4_100_000)));
    assert_eq!(figure("two days")["value"].as_u64(), Some(2));
}

/// What "told" someone starts after the listener: a phrase with an article, up to "that".
#[test]
fn reported_speech_after_a_listener() {
    let text = "Helga Brenner told a news conference in Hamburg that the gap had narrowed to 6 billion euros.\n\n\
                Piet Claes told the Financial Times that the bank would not sell the unit.";
    let r = analyse(text, Source::default(), vec![], &Options::default());
    said(&r, "the gap had narrowed", QuoteKind::Indirect, Some("Helga Brenner"), "Helga Brenner", Some("told"));
    said(&r, "the bank would not sell", QuoteKind::Indirect, Some("Piet Claes"), "Piet Claes", Some("told"));
}

/// A subject's bracketed acronym is part of its name; a person "of" a body speaks for it; a
/// setting after the cue with nothing said after it is no reported clause.
#[test]
fn reported_speech_around_a_bodys_name() {
    let text = "Markus Brandt of the Christian Democratic Union (CDU) said the demand was unacceptable.\n\n\
                Mensah joins the squad as cover for the fourth Test, the England and Wales Cricket Board (ECB) said on Sunday.\n\n\
                Faik Nerweyi told Reuters by telephone from Ankara.";
    let r = analyse(text, Source::default(), vec![], &Options::default());
    said(&r, "the demand was unacceptable", QuoteKind::Indirect, Some("Markus Brandt"), "Markus Brandt", Some("said"));
    said(&r, "Mensah joins the squad", QuoteKind::Indirect, Some("England and Wales Cricket Board"), "the England and Wales Cricket Board", Some("said"));
    assert!(r.quotes.iter().all(|q| !q.text.contains("telephone")), "{:#?}", r.quotes);

    // The audience and a setting after the cue end the trailing form; a statement's noun and
    // a pronoun open the clause without "that".
    let text = "Kamau, who denied the charges, will appeal, his lawyer Ahmed Nassir told reporters outside the court.\n\n\
                Corvano Holdings said in a statement it had no knowledge of the payments.";
    let r = analyse(text, Source::default(), vec![], &Options::default());
    said(&r, "Kamau, who denied the charges, will appeal", QuoteKind::Indirect, Some("Ahmed Nassir"), "Ahmed Nassir", Some("told"));
    said(&r, "it had no knowledge of the payments", QuoteKind::Indirect, Some("Corvano Holdings"), "Corvano Holdings", Some("said"));

    // "insisted on" is a demand; lower-case plural subjects speak, a relative clause's do not.
    let text = "Talks stalled after the Greens insisted on a new ministry, party officials said.\n\n\
                The rate is below the price that exporters say is fair.";
    let r = analyse(text, Source::default(), vec![], &Options::default());
    said(&r, "Talks stalled after the Greens insisted on a new ministry", QuoteKind::Indirect, None, "party officials", Some("said"));
    assert_eq!(r.quotes.len(), 1, "{:#?}", r.quotes);
}

/// A title joined to a prefix or suffix by a hyphen heads a role as the title does.
#[test]
fn hyphenated_titles_are_roles() {
    let text = "Chancellor-designate Markus Brandt met Greens co-leader Ricarda Lang and ex-minister Paul Novak on Tuesday.";
    let r = analyse(text, Source::default(), vec![], &Options::default());
    let roles = |name: &str| entity(&r, name).roles.clone().unwrap_or_default();
    assert_eq!(roles("Markus Brandt"), ["Chancellor-designate"]);
    assert_eq!(roles("Ricarda Lang"), ["Greens co-leader"]);
    assert_eq!(roles("Paul Novak"), ["ex-minister"]);
}

/// An appositive holds no other person's full name and is no clause; heads of state, clergy
/// and players' positions are roles.
#[test]
fn appositives_that_are_roles() {
    let text = "The squad includes Sean Byrne, 20-year-old captain Keith Dunne, and Liam Shaw.\n\n\
                Taoiseach Micheál Ó Conaill praised the squad. Its striker, Tom Reyes, was rested.";
    let r = analyse(text, Source::default(), vec![], &Options::default());
    let roles = |name: &str| entity(&r, name).roles.clone().unwrap_or_default();
    assert!(roles("Sean Byrne").is_empty(), "{:?}", roles("Sean Byrne"));
    assert_eq!(roles("Keith Dunne"), ["captain"]);
    assert_eq!(roles("Micheál Ó Conaill"), ["Taoiseach"]);
    assert_eq!(roles("Tom Reyes"), ["striker"]);

    // An official is a job; where someone is, on a visit or at a meeting, is none.
    let text = "\"Stay indoors,\" said Dr Asha Menon, a senior official at the health ministry.\n\n\
                Gareth Pryce, on an official visit to Lisbon, met the mayor.";
    let r = analyse(text, Source::default(), vec![], &Options::default());
    let roles = |name: &str| entity(&r, name).roles.clone().unwrap_or_default();
    assert_eq!(roles("Asha Menon"), ["senior official at the health ministry"]);
    assert!(roles("Gareth Pryce").is_empty(), "{:?}", roles("Gareth Pryce"));

    // A relative clause gives a job as an appositive does; one that tells what someone did,
    // none.
    let text = "Treasury minister Dara Quinlan backed the plan. Quinlan, who is chief secretary to the Treasury, spoke first.\n\n\
                Ivo Marsh, who was in Paris, and Lena Brook, who is a keen cyclist, left early. Tom Walsh, who was treated for a head \
                wound, and Ada Pike, who is also the party's deputy leader, stayed.";
    let r = analyse(text, Source::default(), vec![], &Options::default());
    let roles = |name: &str| entity(&r, name).roles.clone().unwrap_or_default();
    assert_eq!(roles("Dara Quinlan"), ["Treasury minister", "chief secretary to the Treasury"]);
    assert!(roles("Ivo Marsh").is_empty(), "{:?}", roles("Ivo Marsh"));
    assert!(roles("Lena Brook").is_empty(), "{:?}", roles("Lena Brook"));
    assert!(roles("Tom Walsh").is_empty(), "{:?}", roles("Tom Walsh"));
    assert_eq!(roles("Ada Pike"), ["party's deputy leader"]);
}

/// An honorific between a role and the name is passed over: "chairman Sir Neil Dawes",
/// "the chairman, Dr Anna Roth,".
#[test]
fn roles_before_an_honorific() {
    let text = "Carrow's chairman, Sir Neil Dawes, said the board welcomed the ruling.\n\n\
                Halden Steel chief executive Dr Anna Roth said output would rise.";
    let r = analyse(text, Source::default(), vec![], &Options::default());
    let roles = |name: &str| entity(&r, name).roles.clone().unwrap_or_default();
    assert_eq!(roles("Neil Dawes"), ["Carrow's chairman"]);
    assert_eq!(roles("Anna Roth"), ["Halden Steel chief executive"]);
    // A name that ends the sentence after a speech verb closes the apposition too.
    let text = "\"We could not have built this ourselves,\" said Corvane's chief executive, Dr Helena Marsh.";
    let r = analyse(text, Source::default(), vec![], &Options::default());
    assert_eq!(entity(&r, "Helena Marsh").roles.clone().unwrap_or_default(), ["Corvane's chief executive"]);
}

/// "Sir William" after "Sir William Harrington": a knight or dame is called by the given
/// name.
#[test]
fn a_knight_is_called_by_his_given_name() {
    let text = "Harrow Estates was founded by Sir William Harrow in 1962. Sir William died in 2019, and Dame Ruth Keane took over. \
                Dame Ruth said the firm would grow.";
    let r = analyse(text, Source::default(), vec![], &Options::default());
    assert_eq!(entity(&r, "William Harrow").count, 2, "{:?}", r.entities);
    assert_eq!(entity(&r, "Ruth Keane").count, 2, "{:?}", r.entities);
    assert!(r.entities.iter().all(|e| e.name != "William" && e.name != "Ruth"), "{:?}", r.entities);
}

/// A body named inside a title belongs to the role: "Works council head", "city council
/// leader", "NCA branch commander".
#[test]
fn roles_with_a_body_inside() {
    let text = "Works council head Jürgen Kerner called the plan unacceptable.\n\n\
                Speaking later, NCA branch commander Ian Royce and city council leader Ann Tate agreed.";
    let r = analyse(text, Source::default(), vec![], &Options::default());
    let roles = |name: &str| entity(&r, name).roles.clone().unwrap_or_default();
    assert_eq!(roles("Jürgen Kerner"), ["Works council head"]);
    assert_eq!(roles("Ian Royce"), ["NCA branch commander"]);
    assert_eq!(roles("Ann Tate"), ["city council leader"]);
}

/// A partial quote after a naming verb whose subject has an appositive between: the comma
/// before the verb closes the appositive, it does not open a participle ("Thatcher, dubbed
/// the “Iron Lady”" has no speaker).
#[test]
fn partial_quote_after_an_appositive() {
    let text = "Councillor Tom Brennan, the current mayor, described her as “a force of nature”.\n\n\
                Margaret Thatcher, dubbed the “Iron Lady” by a Soviet paper, died in 2013.";
    let r = analyse(text, Source::default(), vec![], &Options::default());
    said(&r, "a force of nature", QuoteKind::Partial, Some("Tom Brennan"), "Tom Brennan", Some("described"));
    assert_eq!(quote(&r, "Iron Lady").speaker, None);
}

/// A date of several words between the cue and the reported clause is passed over whole:
/// "told analysts last month that ...".
#[test]
fn reported_speech_after_a_long_date() {
    let text = "Jun Young-hyun, head of the chip division, told analysts last month that the company had fallen behind.";
    let r = analyse(text, Source::default(), vec![], &Options::default());
    said(&r, "the company had fallen behind", QuoteKind::Indirect, None, "Jun Young-hyun", Some("told"));
}

/// "the Spaniard", "the 35-year-old": the person named last before; a sports boss has a role.
#[test]
fn a_person_called_by_nationality_or_age() {
    let text = "Rovers boss Iker Ugarte said his side had been too passive. \"We have to learn,\" the Spaniard said.\n\n\
                Dan Kerr scored twice. \"I felt sharp,\" the 31-year-old said.";
    let r = analyse(text, Source::default(), vec![], &Options::default());
    said(&r, "We have to learn", QuoteKind::Direct, Some("Iker Ugarte"), "the Spaniard", Some("said"));
    said(&r, "I felt sharp", QuoteKind::Direct, Some("Dan Kerr"), "the 31-year-old", Some("said"));
    assert_eq!(entity(&r, "Iker Ugarte").roles.as_deref(), Some(&["Rovers boss".to_owned()][..]));
}

/// A quote split by its attribution goes on after the comma, the same speaker's, though the
/// second part opens in lower case.
#[test]
fn a_quote_split_by_its_attribution() {
    let text = "Lars Eriksen unveiled the budget.\n\n\
                \"We have made hard choices,\" Eriksen said, \"but they are the right ones for this country.\"\n\n\
                Critics called the plan \"a gamble\", and Marit Holm, the opposition leader, agreed.";
    let r = analyse(text, Source::default(), vec![], &Options::default());
    said(&r, "We have made hard choices", QuoteKind::Direct, Some("Lars Eriksen"), "Eriksen", Some("said"));
    said(&r, "but they are the right ones", QuoteKind::Direct, Some("Lars Eriksen"), "Eriksen", Some("said"));
    assert_eq!(quote(&r, "a gamble").kind, QuoteKind::Partial);
}

/// A text that quotes with single marks only: the marks pair as double ones do, apostrophes
/// aside ("the players’ union", "don't", "the '90s").
#[test]
fn single_quotation_marks() {
    let text = "Sarah Holm was scathing. ‘It is a budget of broken promises,’ she told parliament.\n\n\
                The players’ union called it ‘a disgrace’ on Monday.\n\n\
                Tom Walsh said: 'We don't want a return to the '90s. It won't happen.'";
    let r = analyse(text, Source::default(), vec![], &Options::default());
    said(&r, "It is a budget of broken promises", QuoteKind::Direct, Some("Sarah Holm"), "she", Some("told"));
    assert_eq!(quote(&r, "a disgrace").kind, QuoteKind::Partial);
    said(&r, "We don't want a return to the '90s. It won't happen.", QuoteKind::Direct, Some("Tom Walsh"), "Tom Walsh", Some("said"));
    assert_eq!(r.quotes.len(), 3, "{:?}", r.quotes);
}

/// "the minister said": the person named last with a role of that word; nobody when the story
/// gave no one that role.
#[test]
fn a_person_called_by_a_role() {
    let text = "Finance Minister Nicola Wills welcomed the decision. Grant Robb, the opposition leader, did not.\n\n\
                \"It is good news for families,\" the minister said. \"We disagree,\" the spokesman said.";
    let r = analyse(text, Source::default(), vec![], &Options::default());
    said(&r, "It is good news for families", QuoteKind::Direct, Some("Nicola Wills"), "the minister", Some("said"));
    said(&r, "We disagree", QuoteKind::Direct, None, "the spokesman", Some("said"));
}

/// A speech word used as a noun ("against claims from ...") is its source's, when named, and
/// never the sentence subject's.
#[test]
fn speech_nouns_are_their_sources() {
    let text = "Mira Castell defended her plan on Sunday against claims from Owen Tallis that it would choke growth.\n\n\
                Owen Tallis spoke amid reports that the talks had failed.";
    let r = analyse(text, Source::default(), vec![], &Options::default());
    said(&r, "it would choke growth", QuoteKind::Indirect, Some("Owen Tallis"), "Owen Tallis", Some("claims"));
    assert!(r.quotes.iter().all(|q| !q.text.starts_with("the talks")), "{:?}", r.quotes);
}

/// A setting after the listener ("outside the court") is passed over when a pronoun or a
/// possessive opens the clause after it.
#[test]
fn reported_speech_after_a_setting() {
    let text = "Pyke's lawyer, Anita Roy, told reporters outside the court her client would not appeal.";
    let r = analyse(text, Source::default(), vec![], &Options::default());
    said(&r, "her client would not appeal", QuoteKind::Indirect, Some("Anita Roy"), "Anita Roy", Some("told"));
}

#[test]
fn seed_clipping_quotes() {
    let (text, r) = report("scmp_digital_silk_road.txt");
    offsets_hold(&text, &r);
    said(&r, "With the digital economy becoming", QuoteKind::Direct, Some("Ren Xianliang"), "Ren", Some("said"));
    said(&r, "[There are people] who are not able", QuoteKind::Direct, Some("Cosmas Luckyson Zavazava"), "Cosmas Luckyson Zavazava", Some("said"));
    let itu = quote(&r, "[There are people]");
    assert_eq!(itu.brackets.iter().map(|b| b.text.as_str()).collect::<Vec<_>>(), ["[There are people]"]);
    assert!(itu.text.ends_with("in the era of digital transformation"), "no trailing comma: {:?}", itu.text);
    // Reported speech attributed to Ren, and what the organisers say.
    said(&r, "The Digital Silk Road (DSR) Development Forum would open", QuoteKind::Indirect, Some("Ren Xianliang"), "Ren Xianliang", Some("announced"));
    said(&r, "The theme of the DSR forum would be", QuoteKind::Indirect, Some("Ren Xianliang"), "Ren", Some("said"));
    said(&r, "About one-third of the global population", QuoteKind::Indirect, Some("Ren Xianliang"), "Ren", Some("said"));
    said(&r, "It would discuss topics", QuoteKind::Indirect, Some("Ren Xianliang"), "Ren", Some("said"));
    said(&r, "Participants from over 30 countries", QuoteKind::Indirect, None, "the organisers", Some("according to"));
    said(&r, "many of those with no access", QuoteKind::Indirect, Some("UN"), "The UN agency", Some("said"));
    assert_eq!(quote(&r, "international organisation").kind, QuoteKind::Partial);
    assert_eq!(r.quotes.len(), 9, "{:#?}", r.quotes);
    // Roles on the person entities.
    assert_eq!(entity(&r, "Ren Xianliang").roles.as_deref(), Some(&["WIC secretary general".to_owned()][..]));
    assert_eq!(
        entity(&r, "Cosmas Luckyson Zavazava").roles.as_deref(),
        Some(&["director of ITU’s Telecommunication Development Bureau".to_owned()][..])
    );
    assert_eq!(entity(&r, "Ben Jiang").roles.as_deref(), Some(&[][..]));
}

#[test]
fn wire_dateline_shape() {
    let (text, r) = report("wire_dateline.txt");
    offsets_hold(&text, &r);
    let a = &r.article;
    assert_eq!(a.shape, "wire");
    assert_eq!(a.headline.as_ref().unwrap().text, "Kenya pledges $4.5 million in flood aid as Rift Valley death toll climbs to 46");
    let d = a.dateline.as_ref().unwrap();
    assert_eq!(d.text, "NAIROBI, March 3 (Reuters) -");
    assert_eq!((d.place.as_deref(), d.date.as_deref(), d.agency.as_deref()), (Some("NAIROBI"), Some("XXXX-03-03"), Some("Reuters")));
    assert_eq!(a.date, None, "a dateline without a year gives no article date");
    let credits: Vec<_> = a.byline.iter().map(|b| (b.name.as_str(), b.role.as_deref())).collect();
    assert_eq!(credits, [
        ("Faith Wambui", Some("reporting")),
        ("Brian Otieno", Some("reporting")),
        ("Hassan Abdi", Some("additional reporting")),
        ("Catherine Evans-Holt", Some("editing"))
    ]);
    said(&r, "No family that lost a home", QuoteKind::Direct, Some("Daniel Kiprono Mutai"), "Mutai", Some("said"));
    said(&r, "Every affected household", QuoteKind::Direct, Some("Daniel Kiprono Mutai"), "Mutai", None);
    said(&r, "The water came down the valley", QuoteKind::Direct, Some("Grace Wanjiru Njoroge"), "Njoroge", Some("said"));
    said(&r, "We are now racing against time", QuoteKind::Direct, Some("Grace Wanjiru Njoroge"), "Njoroge", None);
    said(&r, "We are not going to wait", QuoteKind::Direct, Some("Achieng Odhiambo"), "Odhiambo", Some("said"));
    said(&r, "We have been warning about these dams", QuoteKind::Direct, Some("Peter Kiplagat Chelimo"), "Peter Kiplagat Chelimo", Some("said"));
    said(&r, "parliament would debate a motion", QuoteKind::Indirect, Some("Peter Kiplagat Chelimo"), "He", Some("said"));
    said(&r, "I lost everything", QuoteKind::Direct, Some("Mary Jepkosgei"), "Mary Jepkosgei", Some("said"));
    said(&r, "They tell us the camp closes", QuoteKind::Direct, Some("Mary Jepkosgei"), "Mary Jepkosgei", None);
    said(&r, "19 people were still unaccounted for", QuoteKind::Indirect, Some("Grace Wanjiru Njoroge"), "Grace Wanjiru Njoroge", Some("told"));
    said(&r, "the lender was in talks", QuoteKind::Indirect, Some("Marcus Lindqvist"), "Marcus Lindqvist", Some("said"));
    said(&r, "At least 46 people have died", QuoteKind::Indirect, Some("Kenya Red Cross Society"), "the Kenya Red Cross Society", Some("according to"));
    assert_eq!(entity(&r, "Grace Wanjiru Njoroge").roles.as_deref(), Some(&["Interior Minister".to_owned()][..]));
    assert_eq!(entity(&r, "Achieng Odhiambo").roles.as_deref(), Some(&["Government spokeswoman".to_owned()][..]));
    assert_eq!(entity(&r, "Marcus Lindqvist").roles.as_deref(), Some(&["country director for Kenya".to_owned()][..]));
}

#[test]
fn wire_dash_dateline_shape() {
    let (text, r) = report("wire_beijing.txt");
    offsets_hold(&text, &r);
    let d = r.article.dateline.as_ref().unwrap();
    assert_eq!((d.text.as_str(), d.place.as_deref(), d.date.as_deref()), ("BEIJING —", Some("BEIJING"), None));
    assert_eq!(r.article.headline.as_ref().unwrap().text, "China tightens rules on data leaving the country for overseas listings");
    said(&r, "Data security is national security", QuoteKind::Direct, Some("Cyberspace Administration of China"), "the regulator", Some("said"));
    said(&r, "Platforms that hold the information", QuoteKind::Direct, Some("Cyberspace Administration of China"), "the regulator", None);
    said(&r, "Every deal we are working on", QuoteKind::Direct, Some("Helen Qiao Wen"), "Helen Qiao Wen", Some("said"));
    said(&r, "Clients ask one question", QuoteKind::Direct, Some("Helen Qiao Wen"), "Helen Qiao Wen", None);
    said(&r, "regulators had not said", QuoteKind::Indirect, Some("Helen Qiao Wen"), "She", Some("said"));
    said(&r, "the change would slow down listings", QuoteKind::Indirect, None, "Lawyers", Some("said"));
}

/// A page saved from a website: the header under its masthead and section lines, the date
/// line's two dates, a caption credited at its end, a related link and an unbracketed credit.
#[test]
fn web_page_header_and_furniture() {
    let text = "The Evening Ledger\nBusiness | Energy\n\nMine operator cuts jobs as prices fall\n\n\
                Halvard Mining will shed 300 jobs at its northern pits\n\nBy Ana Ruiz and Tom Beck\n\
                Published 3 June 2025, 06:00 GMT | Updated 3 June 2025, 09:12 GMT\n\n\
                Halvard Mining said on Tuesday it would cut 300 jobs.\n\n\
                [Photo: The pit head at Halvard. Photograph: Ana Ruiz]\n\n\
                Read more: Metal prices slide by 12% in May\n\nAdditional reporting by Lena Park\n";
    let r = analyse(text, Source::default(), vec![], &Options::default());
    let a = &r.article;
    let text_of = |s: &Option<newsdesk::report::Span>| s.as_ref().map(|s| s.text.clone());
    assert_eq!(text_of(&a.publication).as_deref(), Some("The Evening Ledger"));
    assert_eq!(text_of(&a.section).as_deref(), Some("Business | Energy"));
    assert_eq!(text_of(&a.headline).as_deref(), Some("Mine operator cuts jobs as prices fall"));
    assert_eq!(text_of(&a.standfirst).as_deref(), Some("Halvard Mining will shed 300 jobs at its northern pits"));
    let credits: Vec<(&str, Option<&str>)> = a.byline.iter().map(|b| (b.name.as_str(), b.role.as_deref())).collect();
    assert_eq!(credits, [("Ana Ruiz", None), ("Tom Beck", None), ("Lena Park", Some("additional reporting"))]);
    assert_eq!(a.date.as_deref(), Some("2025-06-03"));
    assert_eq!(a.captions.len(), 1);
    assert_eq!((a.captions[0].text.as_str(), a.captions[0].credit.as_deref()), ("The pit head at Halvard.", Some("Ana Ruiz")));
    let zone_of = |t: &str| r.mentions.iter().find(|m| m.text == t).unwrap_or_else(|| panic!("no {t:?}")).zone;
    assert_eq!(zone_of("06:00 GMT"), Zone::Dateline);
    // The related link is furniture: its figure is no fact of the story.
    assert_eq!(zone_of("12%"), Zone::Boilerplate);
}

/// "Image caption:" labels a caption, and an agency in brackets at its end is its credit; a
/// list of links under "Related topics" or "More from ..." ends a page saved from the web and
/// names nothing in the story.
#[test]
fn web_page_caption_labels_and_link_lists() {
    let text = "Gales close ports along the coast

                Image caption: Waves break over the harbour wall at Aberdeen on Sunday (Getty Images)

                Ferries to Inverness were cancelled on Sunday, police said.

                Related topics
Weather
Scotland

More from Highland News
";
    let r = analyse(text, Source::default(), vec![], &Options::default());
    let caps: Vec<(&str, Option<&str>)> = r.article.captions.iter().map(|c| (c.text.as_str(), c.credit.as_deref())).collect();
    assert_eq!(caps, [("Waves break over the harbour wall at Aberdeen on Sunday", Some("Getty Images"))]);
    let zone_of = |t: &str| r.mentions.iter().find(|m| m.text == t).unwrap_or_else(|| panic!("no {t:?}")).zone;
    assert_eq!(zone_of("Aberdeen"), Zone::Caption);
    assert_eq!(zone_of("Inverness"), Zone::Body);
    assert_eq!(zone_of("Scotland"), Zone::Boilerplate);
    assert!(r.entities.iter().all(|e| e.name != "Scotland"), "{:?}", r.entities);
    // "police said": a group named without an "s" speaks.
    said(&r, "Ferries to Inverness were cancelled on Sunday", QuoteKind::Indirect, None, "police", Some("said"));
}

/// A dateline's day without a year is placed by the reference date, on or before it, and is
/// then the story's own day: its weekdays count from it. An agency may be written in lower
/// case ("dpa").
#[test]
fn dateline_day_placed_by_the_reference() {
    let text = "BERLIN, June 3 (dpa) - Siemens Energy said on Wednesday it would cut 4,100 jobs.\n";
    let opts = Options { reference_date: newsdesk::calendar::Date::parse("2026-11-29"), ..Options::default() };
    let r = analyse(text, Source::default(), vec![], &opts);
    let d = r.article.dateline.as_ref().expect("dateline");
    assert_eq!((d.date.as_deref(), d.agency.as_deref()), (Some("2026-06-03"), Some("dpa")));
    assert_eq!(r.article.date.as_deref(), Some("2026-06-03"));
    let value = |t: &str| r.mentions.iter().find(|m| m.text == t).map(|m| m.value.clone());
    assert_eq!(value("Wednesday"), Some(serde_json::json!("2026-06-03")));
    // Without a reference the day stays without its year.
    let r = analyse(text, Source::default(), vec![], &Options::default());
    assert_eq!(r.article.dateline.as_ref().and_then(|d| d.date.as_deref()), Some("XXXX-06-03"));
    assert_eq!(r.article.date, None);
}

/// A headline in sentence case is no masthead, even with a short line under it.
#[test]
fn sentence_case_headline_is_no_masthead() {
    let text = "Rovers stun leaders with late double\n\nSaturday's result: Halden Rovers 2 Castlebridge City 1\n\n\
                Halden Rovers came from behind to beat the league leaders at Mill Lane on Saturday.\n";
    let r = analyse(text, Source::default(), vec![], &Options::default());
    assert!(r.article.publication.is_none(), "{:?}", r.article.publication);
    assert_eq!(r.article.headline.as_ref().map(|h| h.text.as_str()), Some("Rovers stun leaders with late double"));
}

#[test]
fn quotes_heavy_shapes() {
    let (text, r) = report("quotes_heavy.txt");
    offsets_hold(&text, &r);
    let a = &r.article;
    assert_eq!(a.headline.as_ref().unwrap().text, "Arctic fishing towns vow to fight Norway’s salmon licence auction");
    assert!(a.standfirst.as_ref().unwrap().text.starts_with("Coastal mayors say Oslo’s plan"));
    assert_eq!((a.byline[0].name.as_str(), a.byline[0].email.as_deref()), ("Mari Haugen", Some("mari.haugen@northseatimes.com")));
    // "he told reporters": the pronoun is Lysaker, named in the sentence before.
    said(&r, "Norway cannot leave the Arctic coast", QuoteKind::Direct, Some("Torbjørn Lysaker"), "he", Some("told"));
    said(&r, "These licences will bring jobs", QuoteKind::Direct, Some("Torbjørn Lysaker"), "he", None);
    // No attribution: the speaker named in the paragraph before; a nested single quote.
    said(&r, "When the minister says", QuoteKind::Direct, Some("Sigrid Nilsen-Halvorsen"), "Sigrid Nilsen-Halvorsen", None);
    assert_eq!(quote(&r, "When the minister says").nested[0].text, "‘open to everyone’");
    // Partial quotes inside reported speech take its speaker.
    said(&r, "the mayors would ask the Storting", QuoteKind::Indirect, Some("Sigrid Nilsen-Halvorsen"), "Nilsen-Halvorsen", Some("said"));
    said(&r, "pause and rethink", QuoteKind::Partial, Some("Sigrid Nilsen-Halvorsen"), "Nilsen-Halvorsen", Some("said"));
    said(&r, "a spreadsheet with a coastline", QuoteKind::Partial, Some("Sigrid Nilsen-Halvorsen"), "Nilsen-Halvorsen", Some("said"));
    said(&r, "We were promised consultation", QuoteKind::Direct, Some("Sigrid Nilsen-Halvorsen"), "she", Some("said"));
    // The quote over three paragraphs: one span, the [the ministry] bracket, 'planning'.
    let long = quote(&r, "We have seen the king crab arrive");
    assert!(long.text.ends_with("called it ‘planning’."), "{:?}", long.text);
    assert_eq!(long.brackets[0].text, "[the ministry]");
    assert_eq!(long.nested[0].text, "‘planning’");
    assert_eq!(long.speaker_text.as_deref(), Some("Somby"));
    said(&r, "We have farmed salmon in Finnmark", QuoteKind::Direct, Some("Henrik Brattvold"), "Henrik Brattvold", Some("said"));
    said(&r, "The minister calls this modernisation", QuoteKind::Direct, Some("Ingrid Marie Tveit"), "Tveit", Some("said"));
    said(&r, "If Labour wants to lose every seat", QuoteKind::Direct, Some("Ingrid Marie Tveit"), "she", Some("added"));
    // "a ministry spokesman, Erlend Vik, said: ..."
    let vik = quote(&r, "The minister has read it carefully");
    assert_eq!((vik.kind, vik.speaker_text.as_deref(), vik.cue.as_deref()), (QuoteKind::Direct, Some("Erlend Vik"), Some("said")));
    said(&r, "listening", QuoteKind::Partial, Some("Torbjørn Lysaker"), "He", Some("told"));
    said(&r, "We have booked the buses", QuoteKind::Direct, Some("Sigrid Nilsen-Halvorsen"), "she", Some("said"));
    assert_eq!(entity(&r, "Torbjørn Lysaker").roles.as_deref(), Some(&["Fisheries Minister".to_owned()][..]));
    assert_eq!(entity(&r, "Sigrid Nilsen-Halvorsen").roles.as_deref(), Some(&["mayor of Vardø".to_owned()][..]));
    assert_eq!(entity(&r, "Henrik Brattvold").roles.as_deref(), Some(&["chief executive of Polar Havbruk ASA".to_owned()][..]));
}

#[test]
fn factiva_shape() {
    let (text, r) = report("factiva_export.txt");
    offsets_hold(&text, &r);
    let a = &r.article;
    assert_eq!(a.shape, "factiva");
    assert_eq!(a.headline.as_ref().unwrap().text, "Japanese lenders back $2.1 billion LNG power project in northern Vietnam");
    assert_eq!(a.publication.as_ref().unwrap().text, "Asia Markets Daily");
    assert_eq!(a.byline.iter().map(|b| b.name.as_str()).collect::<Vec<_>>(), ["Kenji Morimoto", "Tran Thi Thu Ha"]);
    assert_eq!(a.date.as_deref(), Some("2024-04-16"));
    assert_eq!(a.dateline.as_ref().unwrap().text, "TOKYO/HANOI, April 16 --");
    let body = a.body.as_ref().unwrap();
    assert!(text[body.byte_start..body.byte_end].starts_with("TOKYO/HANOI, April 16 -- A group"));
    assert!(text[body.byte_start..body.byte_end].ends_with("their highest close since September."));
    // Indexing lines are boilerplate: their names create no entities.
    let index = text.find("CO jbic").unwrap();
    assert!(r.mentions.iter().filter(|m| m.byte_start >= index).all(|m| m.zone == Zone::Boilerplate && m.entity.is_none()));
    // The name extractor does not know "Nguyen Van Duc" yet: the speaker is the words only.
    said(&r, "This financing shows", QuoteKind::Direct, None, "Nguyen Van Duc", Some("said"));
    said(&r, "We expect to start construction", QuoteKind::Direct, None, "Nguyen Van Duc", None);
    said(&r, "Locking Vietnam into 25 years", QuoteKind::Direct, Some("Pham Quoc Bao"), "Pham Quoc Bao", Some("said"));
    said(&r, "Vietnam's power demand is growing", QuoteKind::Direct, Some("Yoshiro Takeda"), "he", Some("said"));
    said(&r, "within the next few months", QuoteKind::Partial, Some("Le Thi Mai Anh"), "Le Thi Mai Anh", Some("told"));
    // The article date is the reference: "on Monday" is April 15, 2024.
    let monday = r.mentions.iter().find(|m| m.kind == MentionType::Date && m.text.contains("Monday")).unwrap();
    assert_eq!(monday.value, serde_json::json!("2024-04-15"));
}

#[test]
fn lexisnexis_shape() {
    let (text, r) = report("lexisnexis_export.txt");
    offsets_hold(&text, &r);
    let a = &r.article;
    assert_eq!(a.shape, "lexisnexis");
    assert_eq!(a.publication.as_ref().unwrap().text, "Hong Kong Business Standard");
    assert_eq!(a.section.as_ref().unwrap().text, "BUSINESS");
    assert!(a.headline.as_ref().unwrap().text.starts_with("Bondholders petition to wind up Kowloon developer"));
    assert_eq!(a.byline[0].name, "Vivian Chow Wing-sze");
    assert_eq!(a.dateline.as_ref().unwrap().place.as_deref(), Some("HONG KONG"));
    assert_eq!(a.date.as_deref(), Some("2024-04-16"), "the date line, not LOAD-DATE");
    let load = r.mentions.iter().find(|m| m.text == "April 17, 2024").unwrap();
    assert_eq!(load.zone, Zone::Boilerplate);
    let yesterday = r.mentions.iter().find(|m| m.text == "yesterday").unwrap();
    assert_eq!(yesterday.value, serde_json::json!("2024-04-15"));
    said(&r, "We have paid every coupon", QuoteKind::Direct, Some("Michelle Tsang Hoi-yan"), "Tsang", Some("said"));
    said(&r, "We have been patient", QuoteKind::Direct, Some("Daniel Ferreira-Ong"), "he", Some("said"));
    said(&r, "The first quarter data looks better", QuoteKind::Direct, Some("Rebecca Yuen"), "she", Some("said"));
    said(&r, "premature and unhelpful", QuoteKind::Partial, Some("Michelle Tsang Hoi-yan"), "Michelle Tsang Hoi-yan", Some("told"));
    said(&r, "vigorously oppose", QuoteKind::Partial, None, "the board", Some("said"));
}

#[test]
fn plain_shapes() {
    let (text, r) = report("business_money.txt");
    offsets_hold(&text, &r);
    assert_eq!(r.article.byline[0].name, "Priya Raghunathan");
    assert_eq!(r.article.date.as_deref(), Some("2024-03-14"));
    said(&r, "Shipping is cyclical", QuoteKind::Direct, Some("Edmund Cheung Wing-kei"), "Cheung", Some("told"));
    said(&r, "The strategic logic is clear", QuoteKind::Direct, Some("Wendy Lau Ka-yan"), "Wendy Lau Ka-yan", Some("said"));
    said(&r, "We expect the Bank of England", QuoteKind::Direct, Some("Nomvula Dlamini"), "Dlamini", Some("said"));

    let (text, r) = report("bare_article.txt");
    offsets_hold(&text, &r);
    assert_eq!(r.article.shape, "plain");
    assert!(r.article.headline.is_none() && r.article.byline.is_empty() && r.article.date.is_none());
    assert_eq!(r.article.body.as_ref().unwrap().start, 0);
    said(&r, "This is what a comeback looks like", QuoteKind::Direct, Some("Margaret A. Whitfield"), "Whitfield", Some("said"));
    said(&r, "We're not anti-jobs", QuoteKind::Direct, Some("Denise Kowalczyk-Brandt"), "Denise Kowalczyk-Brandt", Some("said"));

    let (_, r) = report("one_line.txt");
    assert!(r.article.headline.is_none());
    assert!(r.mentions.iter().all(|m| m.zone == Zone::Body));

    let (text, r) = report("pressreader_tech.txt");
    offsets_hold(&text, &r);
    assert_eq!(r.article.publication.as_ref().unwrap().text, "The Straits Times");
    assert_eq!(r.article.captions[0].credit.as_deref(), Some("Kevin Lim"));
    assert_eq!(r.article.captions[1].repeat_of, Some(0));
    said(&r, "Connectivity is no longer a luxury", QuoteKind::Direct, Some("Ravi Chandrasekaran"), "Ravi Chandrasekaran", Some("said"));
}

#[test]
fn allcaps_wire_shape() {
    let (text, r) = report("allcaps_headline.txt");
    offsets_hold(&text, &r);
    let a = &r.article;
    assert_eq!(a.headline.as_ref().unwrap().text, "CRICKET - HASSAN TAKES 4 FOR 38 AS LIONS BEAT SRI LANKA A IN DAMBULLA.");
    assert_eq!(a.dateline.as_ref().unwrap().text, "LONDON 2024-02-11");
    assert_eq!(a.date.as_deref(), Some("2024-02-11"));
    // Headline and dateline names are still mentions with entities.
    let london = r.mentions.iter().find(|m| m.text == "LONDON").unwrap();
    assert_eq!((london.zone, london.entity.is_some()), (Zone::Dateline, true));
    said(&r, "Imran was outstanding", QuoteKind::Direct, Some("Martin Ashdown"), "Martin Ashdown", Some("told"));
    said(&r, "We lost the first game in Colombo", QuoteKind::Direct, Some("Martin Ashdown"), "Martin Ashdown", None);
    assert_eq!(entity(&r, "Martin Ashdown").roles.as_deref(), Some(&["Lions head coach".to_owned()][..]));
    // "on Saturday" resolves against the dateline's date.
    let saturday = r.mentions.iter().find(|m| m.text.contains("Saturday")).unwrap();
    assert_eq!(saturday.value, serde_json::json!("2024-02-10"));
}

/// The date lines content systems print under a headline give the article's date, and
/// "on Tuesday" in the body resolves against it.
#[test]
fn header_date_lines() {
    let lines = [
        "Updated 3:45 PM ET, Wed March 20, 2013",
        "Last updated: Wednesday, 20 March, 2013, 14:32 GMT",
        "Posted on 20.03.2013",
        "2013-03-20T14:32:00Z",
        "Mar 20 2013 at 3:45 PM",
        "March 20, 2013 | 3:45 PM",
        "By John Smith | 20/03/2013",
        "Published: 03/20/2013",
        "Wed 20 Mar 2013 06.00 GMT",
    ];
    for line in lines {
        let text = format!("Floods hit town\n{line}\n\nThe river burst its banks on Tuesday, officials said.\n");
        let r = analyse(&text, Source::default(), vec![], &Options::default());
        assert_eq!(r.article.date.as_deref(), Some("2013-03-20"), "{line}");
        let tuesday = r.mentions.iter().find(|m| m.text == "Tuesday").unwrap();
        assert_eq!(tuesday.value, serde_json::json!("2013-03-19"), "{line}");
    }
    let r = analyse("Floods hit town\nBy John Smith | 20/03/2013\n\nThe river burst.\n", Source::default(), vec![], &Options::default());
    assert_eq!(r.article.byline[0].name, "John Smith");
    // A page saved from the web: the stamp sits under the site's furniture, on a line of its
    // own or opening a line of other text, with a time.
    for top in ["Share this page\nSign in\nWed, Mar 20, 2013, 09:15 EST-US\n", "Menu\nSearch\nWed, Mar 20, 2013, 09:15 GMT Markets open "] {
        let text = format!("{top}The river burst its banks on Tuesday, officials said.\n");
        let r = analyse(&text, Source::default(), vec![], &Options::default());
        assert_eq!(r.article.date.as_deref(), Some("2013-03-20"), "{top}");
    }
    // A byline without "By": a name over the writer's job, and a handle.
    let text = "Council tax to rise\n\nSarah Jones\nPolitical correspondent\n@sarahjones\n\nWed 20 Mar 2013 06.00 GMT\n\n\
                Council tax will rise, the council said on Tuesday.\n";
    let r = analyse(text, Source::default(), vec![], &Options::default());
    let credits: Vec<(&str, Option<&str>)> = r.article.byline.iter().map(|b| (b.name.as_str(), b.role.as_deref())).collect();
    assert_eq!(credits, [("Sarah Jones", Some("Political correspondent"))]);
    assert_eq!(r.article.date.as_deref(), Some("2013-03-20"));
    assert!(r.mentions.iter().filter(|m| m.text == "Sarah Jones").all(|m| m.zone == Zone::Byline), "{:?}", r.mentions);
    // A name over a line of the story is no byline.
    let r = analyse("Floods hit town\n\nSarah Jones\nsaid the river rose.\n", Source::default(), vec![], &Options::default());
    assert!(r.article.byline.is_empty());
    // A date opening a sentence is no stamp.
    let r = analyse("Floods\n\nMarch 20, 2013 was the wettest day on record.\n", Source::default(), vec![], &Options::default());
    assert_eq!(r.article.date, None);
    // Day and month cannot be told apart: no article date rather than a guess.
    let r = analyse("Floods hit town\nPublished: 03/04/2013\n\nThe river burst.\n", Source::default(), vec![], &Options::default());
    assert_eq!(r.article.date, None);
}

#[test]
fn reference_date_option_wins_over_the_article_date() {
    let text = std::fs::read_to_string(common::fixture("allcaps_headline.txt")).unwrap();
    let opts = Options { reference_date: newsdesk::calendar::Date::new(2024, 3, 1), ..Options::default() };
    let r = analyse(&text, Source::default(), vec![], &opts);
    assert_eq!(r.article.date.as_deref(), Some("2024-02-11"));
    let saturday = r.mentions.iter().find(|m| m.text.contains("Saturday")).unwrap();
    assert_ne!(saturday.value, serde_json::json!("2024-02-10"));
}

#[test]
fn hostile_inputs_do_not_panic() {
    let nested = "“".repeat(10_000) + &"”".repeat(10_000);
    let straight = "\"a ".repeat(10_000);
    let long_line = "said ".repeat(200_000) + "“x, ” he said, according to";
    let junk: String = (0u32..5000).filter_map(|i| char::from_u32(i * 7 % 0x3000)).collect();
    let odd = "HD\nBY\nPD\nLP\nTD\nCO\n\nHEADLINE:\nBODY:\nLOAD-DATE:\n ?? Photo: ??\nPhoto: \n(Reporting by)\n- \nBy\n“\n\n“";
    for text in [nested.as_str(), straight.as_str(), long_line.as_str(), junk.as_str(), odd] {
        let r = analyse(text, Source::default(), vec![], &Options::default());
        offsets_hold(text, &r);
    }
}
