//! Names claimed by two entities: which one keeps each (the one the tagger keeps), reported as
//! warnings.

use super::Gazetteer;
use std::collections::HashMap;

impl Gazetteer {
    /// Reports every name claimed by two entities. The owner is the one the tagger keeps: the
    /// earlier folder wins; within a folder an alias wins over a demonym, then the entity listed
    /// first.
    pub(super) fn check_alias_conflicts(&mut self) {
        let mut owner: HashMap<String, usize> = HashMap::new();
        let mut order: Vec<(usize, bool, usize)> = (0..self.entities.len())
            .flat_map(|i| {
                let f = self.folder_of_row(i);
                [(f, false, i), (f, true, i)]
            })
            .collect();
        order.sort();
        for (_, demonyms, i) in order {
            let e = &self.entities[i];
            let names = if demonyms { &e.demonyms } else { &e.aliases };
            for a in names {
                match owner.get(a) {
                    Some(&j) if j != i => self.conflicts.push(format!(
                        "alias {a:?} is claimed by {} and {}; {} keeps it",
                        self.entities[j].id, e.id, self.entities[j].id
                    )),
                    Some(_) => {}
                    None => {
                        owner.insert(a.clone(), i);
                    }
                }
            }
        }
    }
}
