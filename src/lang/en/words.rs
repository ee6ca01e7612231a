//! A small built-in list of frequent English words (with the [`calendar`] names) used to flag
//! aliases that are ordinary words: "May", "Will", "Grant", "Bush", "Hope". Under the tagger's
//! case rule such an alias still fires on every capitalised occurrence (sentence starts,
//! headlines, the month of May), so the importer drops them and `gazetteer check` lists them.

use super::calendar;
use once_cell::sync::Lazy;
use std::collections::HashSet;

const WORDS: &str = "
a about above across act action add after again against age ago agree ahead aid aim air all allow
almost alone along already also although always am among amount an and anger announce another answer
any anyone anything appear area argue arm army around arrive art as ask at attack authority autumn
away baby back bad bag ball bank bar base basis battle be bear beat beautiful because become bed
been before began begin behind being believe below best better between big bill bird bit black blood
blue board boat body book born both box boy bridge bright bring brother brown build building burn
bush business but buy by call came camp can capital car care carry case cash cast catch cause center
central centre certain chair chance change charge chase chief child children choice church circle
city claim class clear close coast cold college colour color come common company control cook cool
corn cost could council count country course court cover create crime cross crown cry cup current
cut dark date daughter day dead deal dear death decide deep defence defense deny department did die
different direct do doctor does dog done door down draw dream dress drive drop dry during each early
earth east easy eat economy edge effect eight either else end energy enough even evening event ever
every example eye face fact fair fall family far farm fast father fear feel few field fight figure
fill final find fine fire firm first fish five floor fly follow food foot for force ford foreign
forest form former forward four free freedom fresh friend from front full fund future game garden
gas gate gates general get girl give glass go god gold golden good government grant great green
ground group grow guard gun had hair half hall hand happy hard has have he head health hear heart
heat heavy held help her here high hill him his history hit hold hole home hope horse hospital hot
hour house how however human hundred hunt i idea if in increase industry interest into iron is
island issue it its job join joy just justice keep key kill kind king knight know lady lake land
large last late law lay lead leader learn least leave left less let letter level lie life light like
line list little live local long look lord lose loss lot love low made main major make man many mark
market mason matter me mean measure meet member men middle might mile military mill mind miner
minister miss moment money month moon more morning most mother mount mountain move much music must
my name nation national nature near need never new news next night nine no none noon north not note
nothing now number object of off offer office officer oil old on once one only open or order other
our out over own page paper park part party pass past pay peace people per person pick piece place
plain plan plant play please point police poor port post power president press price pride prince
private problem program project public pull pure put queen question quick quiet race rain raise
range reach read ready real reason record red report rest rich ride right ring rise river road rock
roll room rose round rule run safe said sail saint same sand save saw say school sea season second
secretary security see seem self sell send senior serve service set seven shall she ship shop short
should show side sign silver simple since sing single sir sister sit six size sky sleep small smith
snow so soft soldier some son song soon sound south space speak special spring square staff stand
star start state station stay steel step still stone stop story street strong student study such
summer sun sure swift table take talk tea teacher team tell ten than that the their them then there
these they thing think third this those though three through time to today together told too top
total town trade train tree true trust try turn two under union unit until up upon us use valley
very view village visit voice wait walk wall want war warm was watch water way we weather week well
were west what when where which while white who whole why wide will wind winter wise with within
without woman wood word work world would write year yes yet you young your
";

static SET: Lazy<HashSet<&'static str>> = Lazy::new(|| {
    WORDS
        .split_whitespace()
        .chain(calendar::MONTHS)
        .chain(calendar::WEEKDAYS)
        .collect()
});

/// Whether `word` (any case) is one of the built-in frequent English words.
///
/// ```
/// assert!(kgraph::lang::en::words::is_common("May"));
/// assert!(!kgraph::lang::en::words::is_common("Lavrov"));
/// ```
pub fn is_common(word: &str) -> bool {
    let mut buf = [0u8; 24];
    if word.len() <= buf.len() && word.is_ascii() {
        let lower = &mut buf[..word.len()];
        lower.copy_from_slice(word.as_bytes());
        lower.make_ascii_lowercase();
        return std::str::from_utf8(lower).is_ok_and(|w| SET.contains(w));
    }
    SET.contains(word.to_lowercase().as_str())
}

/// Number of words in the list.
pub fn len() -> usize {
    SET.len()
}
