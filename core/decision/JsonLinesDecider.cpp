#include "JsonLinesDecider.h"

#include "decision/DecisionTr.h"
#include "decision/RuleText.h"
#include "util/BoundedRead.h"
#include "util/InputLimits.h"

#include <QCoreApplication>
#include <charconv>
#include <cstring>
#include <simdjson.h>
#include <string>
#include <vector>

namespace ClaimDesk {

namespace {

using namespace simdjson;

void appendJsonString(std::string& out, std::string_view s)
{
    out.push_back('"');
    for (const char c : s) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", c);
                out += buf;
            } else {
                out.push_back(c);
            }
        }
    }
    out.push_back('"');
}

void appendInt(std::string& out, long long v)
{
    char buf[24];
    auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
    (void)ec;
    out.append(buf, end);
}

std::string_view trimmed(std::string_view s)
{
    while (
        !s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r' || s.back() == '\n'))
        s.remove_suffix(1);
    return s;
}

// True for a YYYY-MM-DD date that exists; sets `date`.
bool parseIsoDate(std::string_view s, QDate& date)
{
    if (s.size() != 10 || s[4] != '-' || s[7] != '-')
        return false;
    auto num = [&](std::size_t from, std::size_t len, int& v) {
        auto [p, ec] = std::from_chars(s.data() + from, s.data() + from + len, v);
        return ec == std::errc() && p == s.data() + from + len;
    };
    int y = 0, m = 0, d = 0;
    if (!num(0, 4, y) || !num(5, 2, m) || !num(8, 2, d) || !QDate::isValid(y, m, d))
        return false;
    date = QDate(y, m, d);
    return true;
}

// A text field counts as present unless it is null or an empty string.
error_code presence(ondemand::value& v, bool& present)
{
    ondemand::json_type type;
    if (auto e = v.type().get(type))
        return e;
    if (type == ondemand::json_type::null) {
        present = false;
        return v.is_null().error();
    }
    if (type == ondemand::json_type::string) {
        std::string_view s;
        if (auto e = v.get_string().get(s))
            return e;
        present = s.find_first_not_of(" \t\r\n") != std::string_view::npos;
        return SUCCESS;
    }
    present = true; // numbers, booleans, arrays, objects: the parser skips what we do not read
    return SUCCESS;
}

error_code readAmount(ondemand::value& v, ClaimRecord& r)
{
    ondemand::json_type type;
    if (auto e = v.type().get(type))
        return e;
    if (type == ondemand::json_type::null) {
        r.amountState = ClaimRecord::Amount::Absent;
        return v.is_null().error();
    }
    if (type != ondemand::json_type::number) {
        r.amountState = ClaimRecord::Amount::NotANumber;
        if (type == ondemand::json_type::string) {
            std::string_view s;
            return v.get_string().get(s);
        }
        return SUCCESS;
    }
    const std::string_view raw = v.raw_json_token();
    // Validate as a JSON number, then read its exact decimal text.
    double ignored;
    if (auto e = v.get_double().get(ignored))
        return e;
    if (auto m = Money::parse(trimmed(raw))) {
        r.amountState = ClaimRecord::Amount::Number;
        r.amount = *m;
    } else {
        r.amountState = ClaimRecord::Amount::NotANumber;
    }
    return SUCCESS;
}

error_code readLineItems(ondemand::value& v, ClaimRecord& r)
{
    ondemand::json_type type;
    if (auto e = v.type().get(type))
        return e;
    if (type != ondemand::json_type::array)
        return type == ondemand::json_type::null ? v.is_null().error() : SUCCESS;
    ondemand::array items;
    if (auto e = v.get_array().get(items))
        return e;
    for (auto element : items) {
        ondemand::value item;
        if (auto e = element.get(item))
            return e;
        ++r.lineItemCount;
        ondemand::object o;
        if (item.get_object().get(o) != SUCCESS)
            continue;
        for (auto field : o) {
            std::string_view key;
            if (auto e = field.unescaped_key().get(key))
                return e;
            if (key != "amount")
                continue;
            ondemand::value amount;
            if (auto e = field.value().get(amount))
                return e;
            ondemand::json_type at;
            if (amount.type().get(at) == SUCCESS && at == ondemand::json_type::number) {
                if (auto m = Money::parse(trimmed(amount.raw_json_token())))
                    r.lineItemsTotal += *m;
            }
        }
    }
    return SUCCESS;
}

// A flag is true, false or null (its default); "false" as a string would read
// as the opposite of what it says, so any other type is refused.
error_code readBool(ondemand::value& v, bool& target, std::string_view key, std::string& problem)
{
    ondemand::json_type type;
    if (auto e = v.type().get(type))
        return e;
    if (type == ondemand::json_type::boolean)
        return v.get_bool().get(target);
    if (type == ondemand::json_type::null)
        return v.is_null().error();
    problem = std::string(key) + " must be true, false or null";
    return INCORRECT_TYPE;
}

// The keys the rules read: each may appear once, since which of two values
// counts is a guess.
constexpr std::string_view KnownKeys[]
    = { "claim_id", "claim_type", "claim_amount", "service_date", "diagnosis_code", "provider_name",
          "treatment_notes", "line_items", "in_network", "is_emergency" };

bool seenBefore(std::string_view key, unsigned& seen)
{
    for (std::size_t i = 0; i < std::size(KnownKeys); ++i) {
        if (KnownKeys[i] == key) {
            const unsigned bit = 1u << i;
            const bool before = seen & bit;
            seen |= bit;
            return before;
        }
    }
    return false;
}

// Fills `r` from one record. A record the rules cannot read fairly fails with
// `problem` saying why (empty: the line is not JSON, or not an object).
error_code readClaim(
    ondemand::document& doc, ClaimRecord& r, std::string& claimIdJson, std::string& problem)
{
    ondemand::object obj;
    if (auto e = doc.get_object().get(obj))
        return e;
    unsigned seen = 0;
    for (auto field : obj) {
        std::string_view key;
        if (auto e = field.unescaped_key().get(key))
            return e;
        if (seenBefore(key, seen)) {
            problem = std::string(key) + " appears more than once";
            return INCORRECT_TYPE;
        }
        ondemand::value v;
        if (auto e = field.value().get(v))
            return e;
        error_code e = SUCCESS;
        if (key == "claim_id") {
            ondemand::json_type type;
            if ((e = v.type().get(type)))
                return e;
            if (type == ondemand::json_type::string) {
                const std::string_view raw = v.raw_json_token();
                std::string_view s;
                if ((e = v.get_string().get(s)))
                    return e;
                r.hasClaimId = !s.empty();
                claimIdJson.assign(trimmed(raw));
            } else if (type == ondemand::json_type::number) {
                const std::string_view raw = v.raw_json_token();
                r.hasClaimId = true;
                claimIdJson.assign(trimmed(raw));
            } else {
                r.hasClaimId = false; // null, or not a usable identifier
            }
        } else if (key == "claim_type") {
            e = presence(v, r.hasClaimType);
        } else if (key == "claim_amount") {
            e = readAmount(v, r);
        } else if (key == "service_date") {
            ondemand::json_type type;
            if ((e = v.type().get(type)))
                return e;
            if (type == ondemand::json_type::null) {
                r.serviceDateState = ClaimRecord::Date::Absent;
                e = v.is_null().error();
            } else if (type == ondemand::json_type::string) {
                std::string_view s;
                if ((e = v.get_string().get(s)))
                    return e;
                if (s.empty())
                    r.serviceDateState = ClaimRecord::Date::Absent;
                else if (parseIsoDate(s, r.serviceDate))
                    r.serviceDateState = ClaimRecord::Date::Valid;
                else
                    r.serviceDateState = ClaimRecord::Date::Invalid;
            } else {
                r.serviceDateState = ClaimRecord::Date::Invalid;
            }
        } else if (key == "diagnosis_code") {
            e = presence(v, r.hasDiagnosisCode);
        } else if (key == "provider_name") {
            e = presence(v, r.hasProviderName);
        } else if (key == "treatment_notes") {
            e = presence(v, r.hasTreatmentNotes);
        } else if (key == "line_items") {
            e = readLineItems(v, r);
        } else if (key == "in_network") {
            e = readBool(v, r.inNetwork, key, problem);
        } else if (key == "is_emergency") {
            e = readBool(v, r.emergency, key, problem);
        }
        if (e)
            return e;
    }
    return SUCCESS;
}

// The text part of each rule's output, computed once per run.
std::vector<std::string> renderRuleTexts(const RuleSet& rules)
{
    std::vector<std::string> texts;
    for (int i = 0; i < static_cast<int>(RuleId::Count); ++i) {
        std::string s = ",\"layer\":\"";
        s += RuleText::layer(static_cast<RuleId>(i)).toStdString();
        s += "\",\"text\":";
        // Points are printed separately; the text carries the thresholds.
        const QByteArray utf8 = RuleText::condition(static_cast<RuleId>(i), rules).toUtf8();
        appendJsonString(
            s, std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size())));
        s += '}';
        texts.push_back(std::move(s));
    }
    return texts;
}

} // namespace

JsonLinesDecider::JsonLinesDecider(const DecisionEngine& engine, const QDate& asOf)
    : m_engine(engine)
    , m_asOf(asOf)
{ }

Result<JsonLinesDecider::Stats> JsonLinesDecider::run(
    QIODevice& in, QIODevice& out, const std::atomic_bool* cancel) const
{
    const std::vector<std::string> ruleTexts = renderRuleTexts(m_engine.rules());
    static const char* const Priorities[] = { "", "LOW", "MEDIUM", "HIGH" };
    static const char* const Decisions[]
        = { "AUTO_APPROVE", "STANDARD_REVIEW", "MANUAL_REVIEW", "REJECT", "QUARANTINE" };
    static const char* const Bronze[] = { "ACCEPT", "REJECT", "QUARANTINE" };

    Stats stats;
    ondemand::parser parser;
    dom::parser validator;
    // a record of the limit fits with its line end (and a byte-order mark)
    const std::size_t chunk = InputLimits::RecordLineBytes + 8;
    std::vector<char> buffer(chunk + SIMDJSON_PADDING);
    std::size_t filled = 0;
    std::string output;
    output.reserve((1 << 20) + 4096);
    std::string claimId;
    std::string problem;
    qint64 lineNumber = 0;
    bool atStart = true;
    bool eof = false;

    auto flush = [&]() -> bool {
        if (output.empty())
            return true;
        const qint64 written = out.write(output.data(), static_cast<qint64>(output.size()));
        output.clear();
        return written >= 0;
    };

    auto processLine = [&](const char* begin, std::size_t length, std::size_t capacity) {
        ++lineNumber;
        std::string_view line(begin, length);
        if (trimmed(line).find_first_not_of(" \t") == std::string_view::npos)
            return; // blank lines carry no record
        ++stats.lines;
        ClaimRecord record;
        claimId.clear();
        problem.clear();
        ondemand::document doc;
        error_code e = parser.iterate(begin, length, capacity).get(doc);
        if (!e)
            e = readClaim(doc, record, claimId, problem);
        if (e) {
            ++stats.failed;
            output += "{\"line\":";
            appendInt(output, lineNumber);
            output += ",\"error\":";
            // On-demand parsing is lazy: on the error path only, validate the
            // whole line to tell "not JSON" from "JSON, but not an object".
            error_code full = e;
            if (e == INCORRECT_TYPE && problem.empty()) {
                dom::element ignored;
                full = validator.parse(begin, length, false).get(ignored);
            }
            const std::string message = !problem.empty() ? problem
                : full == SUCCESS || full == INCORRECT_TYPE
                ? std::string("the line is not a JSON object")
                : std::string("the line is not valid JSON: ") + error_message(full);
            appendJsonString(output, message);
            output += "}\n";
            return;
        }
        ++stats.decided;
        const DecisionResult r = m_engine.decide(record, m_asOf);
        output += "{\"claim_id\":";
        output += claimId.empty() ? std::string_view("null") : std::string_view(claimId);
        output += ",\"bronze_decision\":\"";
        output += Bronze[static_cast<int>(r.bronze)];
        output += "\",\"quality_score\":";
        appendInt(output, r.qualityScore);
        output += ",\"reimbursement\":\"";
        r.reimbursement.appendTo(output);
        output += "\",\"network_penalty\":\"";
        r.networkPenalty.appendTo(output);
        output += "\",\"priority\":";
        if (r.priority == Priority::None) {
            output += "null";
        } else {
            output.push_back('"');
            output += Priorities[static_cast<int>(r.priority)];
            output.push_back('"');
        }
        output += ",\"risk_score\":";
        if (r.riskScore)
            appendInt(output, *r.riskScore);
        else
            output += "null";
        output += ",\"risk_level\":";
        if (r.riskLevel == RiskLevel::None) {
            output += "null";
        } else {
            output.push_back('"');
            output += Priorities[static_cast<int>(r.riskLevel)];
            output.push_back('"');
        }
        output += ",\"final_decision\":\"";
        output += Decisions[static_cast<int>(r.finalDecision)];
        output += "\",\"rules\":[";
        for (int i = 0; i < r.ruleCount; ++i) {
            const FiredRule& f = r.rules[static_cast<std::size_t>(i)];
            if (i > 0)
                output.push_back(',');
            output += "{\"rule\":\"";
            output += ruleCode(f.rule);
            output += "\",\"points\":";
            appendInt(output, f.points);
            output += ruleTexts[static_cast<std::size_t>(f.rule)];
        }
        output += "]}\n";
    };

    while (!eof) {
        if (cancel && cancel->load(std::memory_order_relaxed))
            break;
        if (filled == chunk) { // a line longer than the buffer: where it ends is unknown
            flush();
            return Result<Stats>::failure(Error::of(ErrorKind::Invalid,
                DecisionTr::tr("line %1 is longer than the limit of %2; nothing after it was read")
                    .arg(lineNumber + 1)
                    .arg(BoundedRead::sizeText(InputLimits::RecordLineBytes))));
        }
        const qint64 got = in.read(buffer.data() + filled, static_cast<qint64>(chunk - filled));
        if (got < 0)
            return Result<Stats>::failure(
                DecisionTr::tr("Reading the input failed: %1").arg(in.errorString()));
        eof = got == 0; // QFile blocks on pipes until data or end of input
        filled += static_cast<std::size_t>(got);

        std::size_t start = 0;
        if (atStart && (filled >= 3 || eof)) { // a byte-order mark is not part of the record
            atStart = false;
            if (filled >= 3 && std::memcmp(buffer.data(), "\xEF\xBB\xBF", 3) == 0)
                start = 3;
        }
        const char* data = buffer.data();
        while (true) {
            const void* nl = std::memchr(data + start, '\n', filled - start);
            if (!nl)
                break;
            const std::size_t end = static_cast<std::size_t>(static_cast<const char*>(nl) - data);
            processLine(data + start, end - start, buffer.size() - start);
            start = end + 1;
        }
        if (eof && start < filled) {
            processLine(data + start, filled - start, buffer.size() - start);
            start = filled;
        }
        std::memmove(buffer.data(), buffer.data() + start, filled - start);
        filled -= start;
        if (output.size() >= (1u << 20) && !flush())
            return Result<Stats>::failure(
                DecisionTr::tr("Writing the output failed: %1").arg(out.errorString()));
    }
    if (!flush())
        return Result<Stats>::failure(
            DecisionTr::tr("Writing the output failed: %1").arg(out.errorString()));
    return stats;
}

} // namespace ClaimDesk
