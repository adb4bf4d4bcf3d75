#include "IntakeKeywords.h"

#include "util/NationalId.h"

#include <QRegularExpression>

namespace ClaimDesk::IntakeKeywords {

namespace {

bool isThai(const QString& word)
{
    return !word.isEmpty() && word.front().unicode() >= 0x0E00 && word.front().unicode() <= 0x0E7F;
}

// Lower-case words of the message (letters and digits).
QStringList wordsOf(const QString& message)
{
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}\\p{M}']+"));
    return message.toLower().split(separators, Qt::SkipEmptyParts);
}

// Keywords may be phrases ("other party"); English ones match whole words.
bool contains(const QString& message, const QString& keyword)
{
    const QString text = message.toLower();
    if (isThai(keyword))
        return text.contains(keyword);
    const QRegularExpression re(QStringLiteral("(?<![\\p{L}\\p{N}])")
        + QRegularExpression::escape(keyword) + QStringLiteral("(?![\\p{L}\\p{N}])"));
    return re.match(text).hasMatch();
}

int score(const QString& message, const QStringList& keywords)
{
    int n = 0;
    for (const QString& k : keywords)
        n += contains(message, k) ? 1 : 0;
    return n;
}

bool any(const QString& message, const QStringList& keywords)
{
    return std::any_of(
        keywords.begin(), keywords.end(), [&](const QString& k) { return contains(message, k); });
}

QStringList list(std::initializer_list<const char*> words)
{
    QStringList out;
    for (const char* w : words)
        out << QString::fromUtf8(w);
    return out;
}

} // namespace

QStringList carKeywords()
{
    // seed 004's list, with the English words' common inflections
    return list({ "รถ", "ชน", "เฉี่ยว", "ขโมย", "หาย", "car", "cars", "vehicle", "accident", "damage",
        "damaged", "crash", "crashed", "collision", "stolen" });
}

QStringList healthKeywords()
{
    return list({ "เจ็บ", "ป่วย", "ผ่าตัด", "โรง", "พยาบาล", "health", "sick", "hospital", "medical",
        "surgery", "ill", "injured", "doctor", "clinic" });
}

QStringList cancelKeywords()
{
    return list({ "ยกเลิก", "cancel", "เริ่มใหม่", "restart", "stop" });
}

ClaimTypeGuess detectClaimType(const QString& message)
{
    ClaimTypeGuess g;
    g.carScore = score(message, carKeywords());
    g.healthScore = score(message, healthKeywords());
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
    return any(message,
        list({ "human", "real person", "a person", "agent", "staff", "officer", "representative",
            "speak to someone", "talk to someone", "call me", "เจ้าหน้าที่", "คุยกับคน", "ขอคุยกับ",
            "พนักงาน", "ติดต่อกลับ" }));
}

bool asksForStatus(const QString& message)
{
    return any(message,
               list({ "status", "where is my claim", "track", "progress", "สถานะ", "ถึงไหน", "ติดตาม",
                   "ความคืบหน้า" }))
        || !claimIdIn(message).isEmpty();
}

bool asksForAppointment(const QString& message)
{
    return any(
        message, list({ "appointment", "inspection", "inspect", "schedule", "นัด", "ตรวจสภาพ" }));
}

bool asksAboutCoverage(const QString& message)
{
    return any(message,
        list({ "cover", "covered", "coverage", "reimburse", "reimbursed", "claimable", "excluded",
            "exclusion", "คุ้มครอง", "เบิกได้", "เบิกได้ไหม", "ครอบคลุม", "กรมธรรม์", "ยกเว้น" }));
}

bool asksToSubmit(const QString& message)
{
    return any(message, list({ "submit", "send my claim", "ส่งเคลม", "ยืนยันส่ง", "ส่งเรื่อง" }));
}

QString licenceOwner(const QString& message)
{
    if (any(message, list({ "other party", "other driver", "theirs", "their", "คู่กรณี", "อีกฝ่าย" })))
        return QStringLiteral("other_party");
    if (any(message,
            list({ "mine", "my", "customer", "me", "ของฉัน", "ของผม", "ของลูกค้า", "ฝ่ายเรา",
                "ของเรา" })))
        return QStringLiteral("customer");
    return {};
}

QString nationalIdIn(const QString& message)
{
    // 13 digits, possibly split by spaces or dashes (1-2345-67890-12-3)
    static const QRegularExpression re(QStringLiteral("(?<!\\d)\\d(?:[\\s-]*\\d){12}(?!\\d)"));
    const auto m = re.match(message);
    return m.hasMatch() ? NationalId::clean(m.captured(0)) : QString();
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
