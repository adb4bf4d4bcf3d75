#include "IntakeKeywords.h"

#include "util/NationalId.h"
#include "util/Text.h"

#include <QRegularExpression>

namespace ClaimDesk::IntakeKeywords {

namespace {

// A Thai keyword: Thai is written without spaces between words, so it is not
// matched as a whole word.
bool isThai(const QString& word)
{
    return !word.isEmpty() && Text::isThai(word.front());
}

// Lower-case words of the message (letters and digits).
QStringList wordsOf(const QString& message)
{
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}\\p{M}']+"));
    return message.toLower().split(separators, Qt::SkipEmptyParts);
}

QStringList list(std::initializer_list<const char*> words)
{
    QStringList out;
    for (const char* w : words)
        out << QString::fromUtf8(w);
    return out;
}

// Words or phrases ("other party") looked for in a message. English ones match
// whole words, by a pattern compiled once; Thai ones anywhere in the text.
class KeywordList
{
public:
    KeywordList(std::initializer_list<const char*> keywords)
    {
        for (const char* w : keywords) {
            const QString text = QString::fromUtf8(w);
            m_keywords.append({ text,
                isThai(text) ? QRegularExpression()
                             : QRegularExpression(QStringLiteral("(?<![\\p{L}\\p{N}])")
                                 + QRegularExpression::escape(text)
                                 + QStringLiteral("(?![\\p{L}\\p{N}])")) });
        }
    }

    // How many of the keywords the message holds.
    int count(const QString& message) const
    {
        const QString text = message.toLower();
        return int(std::count_if(m_keywords.begin(), m_keywords.end(),
            [&](const Keyword& k) { return matches(k, text); }));
    }
    bool any(const QString& message) const
    {
        const QString text = message.toLower();
        return std::any_of(m_keywords.begin(), m_keywords.end(),
            [&](const Keyword& k) { return matches(k, text); });
    }
    QStringList words() const
    {
        QStringList out;
        for (const Keyword& k : m_keywords)
            out << k.text;
        return out;
    }

private:
    struct Keyword
    {
        QString text;
        QRegularExpression wholeWord; // English only
    };
    static bool matches(const Keyword& k, const QString& lowered)
    {
        return k.wholeWord.pattern().isEmpty() ? lowered.contains(k.text)
                                               : k.wholeWord.match(lowered).hasMatch();
    }

    QList<Keyword> m_keywords;
};

// seed 004's lists, with the English words' common inflections
const KeywordList& car()
{
    static const KeywordList words { "รถ", "ชน", "เฉี่ยว", "ขโมย", "หาย", "car", "cars", "vehicle",
        "accident", "damage", "damaged", "crash", "crashed", "collision", "stolen" };
    return words;
}

const KeywordList& health()
{
    static const KeywordList words { "เจ็บ", "ป่วย", "ผ่าตัด", "โรง", "พยาบาล", "health", "sick",
        "hospital", "medical", "surgery", "ill", "injured", "doctor", "clinic" };
    return words;
}

} // namespace

QStringList carKeywords()
{
    return car().words();
}

QStringList healthKeywords()
{
    return health().words();
}

QStringList cancelKeywords()
{
    return list({ "ยกเลิก", "cancel", "เริ่มใหม่", "restart", "stop" });
}

ClaimTypeGuess detectClaimType(const QString& message)
{
    ClaimTypeGuess g;
    g.carScore = car().count(message);
    g.healthScore = health().count(message);
    if (g.carScore > g.healthScore)
        g.type = ClaimType::CarDamage;
    else if (g.healthScore > g.carScore)
        g.type = ClaimType::Health;
    return g;
}

bool isCancel(const QString& message)
{
    const QStringList words = wordsOf(message);
    if (words.isEmpty())
        return false;
    for (const QString& k : cancelKeywords()) {
        if (isThai(k)) {
            const QString text = message.trimmed();
            if (text.startsWith(k) && text.size() <= k.size() + 12)
                return true;
        } else if (words.first() == k && words.size() <= 4) {
            return true;
        }
    }
    return false;
}

bool asksForPerson(const QString& message)
{
    static const KeywordList words { "human", "real person", "a person", "agent", "staff",
        "officer", "representative", "speak to someone", "talk to someone", "call me", "เจ้าหน้าที่",
        "คุยกับคน", "ขอคุยกับ", "พนักงาน", "ติดต่อกลับ" };
    return words.any(message);
}

bool asksForStatus(const QString& message)
{
    static const KeywordList words { "status", "where is my claim", "track", "progress", "สถานะ",
        "ถึงไหน", "ติดตาม", "ความคืบหน้า" };
    return words.any(message) || !claimIdIn(message).isEmpty();
}

bool asksForAppointment(const QString& message)
{
    static const KeywordList words { "appointment", "inspection", "inspect", "schedule", "นัด",
        "ตรวจสภาพ" };
    return words.any(message);
}

bool asksAboutCoverage(const QString& message)
{
    static const KeywordList words { "cover", "covered", "coverage", "reimburse", "reimbursed",
        "claimable", "excluded", "exclusion", "คุ้มครอง", "เบิกได้", "เบิกได้ไหม", "ครอบคลุม", "กรมธรรม์",
        "ยกเว้น" };
    return words.any(message);
}

bool asksToSubmit(const QString& message)
{
    static const KeywordList words { "submit", "send my claim", "ส่งเคลม", "ยืนยันส่ง", "ส่งเรื่อง" };
    return words.any(message);
}

QString licenceOwner(const QString& message)
{
    static const KeywordList otherParty { "other party", "other driver", "theirs", "their", "คู่กรณี",
        "อีกฝ่าย" };
    static const KeywordList customer { "mine", "my", "customer", "me", "ของฉัน", "ของผม", "ของลูกค้า",
        "ฝ่ายเรา", "ของเรา" };
    if (otherParty.any(message))
        return QStringLiteral("other_party");
    if (customer.any(message))
        return QStringLiteral("customer");
    return {};
}

QString nationalIdIn(const QString& message)
{
    return NationalId::firstIn(message); // 13 digits, maybe split (1-2345-67890-12-3)
}

QString claimIdIn(const QString& message)
{
    static const QRegularExpression re(QStringLiteral("\\b(H|CD)-(\\d{8})-(\\d{6})\\b"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(message);
    return m.hasMatch() ? m.captured(0).toUpper() : QString();
}

QString coverageSubject(const QString& message)
{
    QString text = message.toLower();
    static const QStringList removed = list({ "คุ้มครองไหม", "เบิกได้ไหม", "ได้ไหม", "ไหม", "หรือไม่",
        "คุ้มครอง", "เบิกได้", "เบิก", "ครอบคลุม", "กรมธรรม์", "ยกเว้น" });
    for (const QString& w : removed)
        text.remove(w);
    static const QStringList stop = list({ "is", "are", "am", "does", "do", "my", "the", "a", "an",
        "by", "under", "policy", "covered", "cover", "coverage", "reimbursed", "reimburse",
        "claimable", "excluded", "exclusion", "can", "i", "claim", "for", "it", "this", "of",
        "what", "about", "will", "be", "you", "me" });
    QStringList kept;
    for (const QString& w : wordsOf(text))
        if (!stop.contains(w))
            kept << w;
    return kept.join(u' ');
}

} // namespace ClaimDesk::IntakeKeywords
