// The field descriptions (model/describe.h) are complete and are the one source of the
// vocabularies: validation accepts exactly the terms the app offers.
#include <set>

#include "edit_fixtures.h"
#include "model/walk.h"
#include "validation/rule_context.h"

using namespace sc;
using namespace sc::test;

namespace {

struct FieldRecord {
    std::string type, key;
    FieldInfo info;
};

// Every field of every described type, walked on default-constructed probes.
struct Collector {
    std::vector<FieldRecord> fields;
    std::set<std::string> kinds;  // entity words of every list item type
    std::string type;
    template <class M>
    void field(const char* key, M&, const FieldInfo& info) {
        fields.push_back({type, key, info});
        if constexpr (kIsEntityList<M>) visitType<typename ListElement<M>::type>(true);
        else if constexpr (IsDescribed<M>::value && !std::is_same_v<M, LevelValue>) visitType<M>(false);
    }
    template <class T>
    void table(const char* key, SharedTable<T>&, const FieldInfo& info) {
        fields.push_back({type, key, info});
        visitType<T>(true);
    }
    template <class T>
    void visitType(bool listItem) {
        if (listItem) kinds.insert(std::string(EntityWords<T>::singular));
        const std::string outer = type;
        type = std::string(EntityWords<T>::singular);
        T probe;
        describe(*this, probe);
        type = outer;
    }
};

Collector collectAll() {
    Collector c;
    c.type = "scorecard";
    Document probe;
    describe(c, probe);
    return c;
}

}  // namespace

TEST(edit_descriptions_test, every_field_has_a_label_and_a_meaningful_kind) {
    const Collector c = collectAll();
    EXPECT_GT(c.fields.size(), 250u);
    for (const auto& f : c.fields) {
        SCOPED_TRACE(f.type + "." + f.key);
        EXPECT_FALSE(f.info.label.empty());
        if (f.info.kind == FieldKind::Enum) EXPECT_NE(f.info.vocabulary, nullptr);
        if (f.info.kind == FieldKind::Reference || f.info.kind == FieldKind::ReferenceList)
            EXPECT_TRUE(c.kinds.count(std::string(f.info.target)))
                << "refers to unknown kind " << f.info.target;
        if (f.key == "id") EXPECT_EQ(f.info.kind, FieldKind::Id);
        if (f.key.size() > 6 && f.key.substr(f.key.size() - 6) == "_minor")
            EXPECT_EQ(f.info.kind, FieldKind::Money);
        if (f.key.size() > 3 && f.key.substr(f.key.size() - 3) == "_bp")
            EXPECT_EQ(f.info.kind, FieldKind::BasisPoints);
        if (f.key.size() > 3 && f.key.substr(f.key.size() - 3) == "_on")  // one date, or a list of them
            EXPECT_TRUE(f.info.kind == FieldKind::Date || f.info.kind == FieldKind::DateList);
        // A review is a dated snapshot: the ids it names are history, kept as text so that
        // removing a pair or metric later neither cascades into nor dangles from past reviews.
        const bool reviewHistory = f.type == "pair conversion" || f.type == "KPI value";
        if (f.key.size() > 3 && f.key.substr(f.key.size() - 3) == "_id" && !reviewHistory)
            EXPECT_EQ(f.info.kind, FieldKind::Reference);
        if (reviewHistory && f.key.size() > 3 && f.key.substr(f.key.size() - 3) == "_id")
            EXPECT_EQ(f.info.kind, FieldKind::Text);
    }
}

TEST(edit_descriptions_test, every_list_has_entity_words_and_the_merge_uses_them) {
    EXPECT_EQ(entityKindOfList("pairs"), "product-channel pair");
    EXPECT_EQ(entityKindOfList("steps"), "channel step");
    EXPECT_EQ(entityKindOfList("kpi_records"), "KPI record");
    EXPECT_EQ(entityKindOfList("no_such_list"), "");
}

// For one object per (type, field) with a closed vocabulary in the samples: every term is
// accepted by validation, and a value outside it is flagged at that field.
TEST(edit_descriptions_test, validation_accepts_exactly_each_closed_vocabulary) {
    std::size_t checkedTerms = 0;
    std::set<std::string> checkedFields;
    for (const std::string name : {"saas-self-serve", "partner-program"}) {
        const Document base = loadSample(name);
        // Positions (in walk order) of the first object of each (kind, key) with an enum field.
        std::vector<std::pair<std::size_t, std::string>> targets;
        std::size_t n = 0;
        walkObjects(base, [&](auto& object, const WalkPath& path) {
            forEachField(object, [&](const char* key, auto&, const FieldInfo& info) {
                if (info.kind != FieldKind::Enum || !info.whenKey.empty()) return;
                const std::string id = std::string(path.back().kind) + "." + key;
                if (checkedFields.insert(id).second) targets.emplace_back(n, key);
            });
            ++n;
        });
        for (const auto& [position, key] : targets) {
            const auto attempt = [&, pos = position, k = key](const std::string& value, std::string& pointer,
                                                              const vocab::Vocabulary*& vocabulary) {
                Document doc = base;
                std::size_t i = 0;
                walkObjects(doc, [&](auto& object, const WalkPath& path) {
                    if (i++ != pos) return;
                    forEachField(object, [&](const char* fk, auto& member, const FieldInfo& info) {
                        if constexpr (std::is_same_v<std::decay_t<decltype(member)>, std::string>)
                            if (k == fk) {
                                member = value;
                                vocabulary = info.vocabulary;
                                pointer = rules::fieldPointer(path, fk);
                            }
                    });
                });
                for (const auto& f : validateDocument(doc))
                    if (f.pointer == pointer && f.message.find("does not know") != std::string::npos)
                        return true;
                return false;
            };
            std::string pointer;
            const vocab::Vocabulary* vocabulary = nullptr;
            EXPECT_TRUE(attempt("zz_not_a_term", pointer, vocabulary)) << name << " " << pointer;
            ASSERT_NE(vocabulary, nullptr);
            for (const vocab::Term& t : *vocabulary) {
                EXPECT_FALSE(attempt(std::string(t.id), pointer, vocabulary))
                    << name << " " << pointer << " " << t.id;
                ++checkedTerms;
            }
        }
    }
    EXPECT_GT(checkedFields.size(), 12u);
    EXPECT_GT(checkedTerms, 50u);
}
