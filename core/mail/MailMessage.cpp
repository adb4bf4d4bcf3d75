#include "MailMessage.h"

#include "mail/MailTr.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <memory>
#include <mutex>

// glib's headers use the word `signals`, which Qt defines as a keyword
#undef signals
#include <gmime/gmime.h>

namespace ClaimDesk {

namespace {

void initGMime()
{
    static std::once_flag once;
    std::call_once(once, [] { g_mime_init(); });
}

struct GFree
{
    void operator()(void* p) const { g_free(p); }
};
using GString = std::unique_ptr<char, GFree>;

struct GUnref
{
    void operator()(void* p) const
    {
        if (p)
            g_object_unref(p);
    }
};
template<typename T>
using GRef = std::unique_ptr<T, GUnref>;

QString fromUtf8(const char* s)
{
    return s ? QString::fromUtf8(s).trimmed() : QString();
}

// A name that is only a name: no folders, no control characters, not "." or
// "..", and short enough for any file system once UTF-8 (a Thai letter takes
// three bytes); empty when nothing is left.
QString plainFileName(QString name)
{
    name.replace(u'\\', u'/');
    name = name.section(u'/', -1);
    name.remove(QRegularExpression(QStringLiteral("[\\x00-\\x1f\\x7f]")));
    name.replace(QRegularExpression(QStringLiteral("[:*?\"<>|]")), QStringLiteral("_"));
    name = name.trimmed();
    while (name.endsWith(u'.'))
        name = name.chopped(1).trimmed();
    while (name.startsWith(u'.'))
        name.remove(0, 1);
    constexpr qsizetype MaxBytes = 150;
    if (name.toUtf8().size() > MaxBytes) {
        const QString suffix = QFileInfo(name).suffix().left(10);
        QString base = name.left(name.size() - (suffix.isEmpty() ? 0 : suffix.size() + 1));
        while (!base.isEmpty() && base.toUtf8().size() + suffix.size() + 1 > MaxBytes)
            base.chop(1);
        name = base + (suffix.isEmpty() ? QString() : u'.' + suffix);
    }
    return name;
}

QString suffixFor(const QString& mimeType)
{
    static const QList<std::pair<QString, QString>> Known = {
        { QStringLiteral("image/jpeg"), QStringLiteral("jpg") },
        { QStringLiteral("image/png"), QStringLiteral("png") },
        { QStringLiteral("image/tiff"), QStringLiteral("tiff") },
        { QStringLiteral("image/webp"), QStringLiteral("webp") },
        { QStringLiteral("application/pdf"), QStringLiteral("pdf") },
    };
    for (const auto& [type, suffix] : Known) {
        if (type == mimeType)
            return suffix;
    }
    return QStringLiteral("bin");
}

QByteArray contentOf(GMimePart* part)
{
    GMimeDataWrapper* content = g_mime_part_get_content(part);
    if (!content)
        return {};
    GRef<GMimeStream> out(g_mime_stream_mem_new());
    if (g_mime_data_wrapper_write_to_stream(content, out.get()) < 0)
        return {};
    GByteArray* bytes = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(out.get()));
    return QByteArray(reinterpret_cast<const char*>(bytes->data), qsizetype(bytes->len));
}

QString textOf(GMimeObject* object)
{
    GString text(g_mime_text_part_get_text(GMIME_TEXT_PART(object)));
    return fromUtf8(text.get());
}

QString withoutTags(QString html)
{
    html.truncate(256 * 1024); // the text kept is far shorter; the patterns stay cheap
    html.remove(QRegularExpression(QStringLiteral("<(script|style)[^>]*>.*?</\\1>"),
        QRegularExpression::CaseInsensitiveOption
            | QRegularExpression::DotMatchesEverythingOption));
    html.replace(QRegularExpression(QStringLiteral("<br\\s*/?>|</p>|</div>"),
                     QRegularExpression::CaseInsensitiveOption),
        QStringLiteral("\n"));
    html.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
    return html.replace(QStringLiteral("&nbsp;"), QStringLiteral(" "))
        .replace(QStringLiteral("&lt;"), QStringLiteral("<"))
        .replace(QStringLiteral("&gt;"), QStringLiteral(">"))
        .replace(QStringLiteral("&amp;"), QStringLiteral("&"))
        .trimmed();
}

// Walks the parts of a message, the messages attached to it included, and keeps
// what it finds in `out`.
class PartWalker
{
public:
    explicit PartWalker(MailMessage& out)
        : m_out(out)
    { }

    void walk(GMimeObject* object, int depth)
    {
        if (!object)
            return;
        if (++m_parts > MailMessage::MaxParts || depth > MailMessage::MaxDepth) {
            m_out.partsLeftOut = true;
            return;
        }
        if (GMIME_IS_MULTIPART(object)) {
            GMimeMultipart* multipart = GMIME_MULTIPART(object);
            const int count = g_mime_multipart_get_count(multipart);
            for (int i = 0; i < count && m_parts <= MailMessage::MaxParts; ++i)
                walk(g_mime_multipart_get_part(multipart, i), depth + 1);
        } else if (GMIME_IS_MESSAGE_PART(object)) {
            GMimeMessage* inner = g_mime_message_part_get_message(GMIME_MESSAGE_PART(object));
            if (inner)
                walk(g_mime_message_get_mime_part(inner), depth + 1);
        } else if (GMIME_IS_PART(object)) {
            leaf(object);
        }
    }

private:
    void leaf(GMimeObject* object)
    {
        GMimeContentType* type = g_mime_object_get_content_type(object);
        const QString mime = type
            ? fromUtf8(GString(g_mime_content_type_get_mime_type(type)).get()).toLower()
            : QStringLiteral("text/plain");
        const char* disposition = g_mime_object_get_disposition(object);
        const bool attached = disposition && g_ascii_strcasecmp(disposition, "attachment") == 0;
        const QString name = plainFileName(fromUtf8(g_mime_part_get_filename(GMIME_PART(object))));
        if (!attached && name.isEmpty() && GMIME_IS_TEXT_PART(object)) {
            if (mime == u"text/plain" && m_plain.isEmpty())
                m_plain = textOf(object);
            else if (mime == u"text/html" && m_html.isEmpty())
                m_html = withoutTags(textOf(object));
            return;
        }
        // signatures and calendar invitations are not anyone's documents
        if (mime.endsWith(u"-signature") || mime == u"text/calendar")
            return;
        const bool document = attached || !name.isEmpty() || mime.startsWith(u"image/")
            || mime == u"application/pdf";
        if (!document)
            return;
        MailAttachment attachment;
        attachment.mimeType = mime;
        attachment.inlined = !attached;
        attachment.bytes = contentOf(GMIME_PART(object));
        if (attachment.inlined && mime.startsWith(u"image/")
            && attachment.bytes.size() < MailMessage::MinInlineImageBytes)
            return;
        attachment.fileName = name.isEmpty()
            ? QStringLiteral("part-%1.%2").arg(m_out.attachments.size() + 1).arg(suffixFor(mime))
            : name;
        m_out.attachments.append(attachment);
    }

public:
    QString text() const { return m_plain.isEmpty() ? m_html : m_plain; }

private:
    MailMessage& m_out;
    int m_parts = 0;
    QString m_plain;
    QString m_html;
};

// Containers (multipart/..., message/...) named in the message, and lines that
// may be part boundaries ("--" at the start of a line), in any case.
qsizetype containersIn(const QByteArray& raw)
{
    qsizetype count = 0;
    const QByteArray lower = raw.toLower();
    for (const QByteArrayView word : { QByteArrayView("multipart/"), QByteArrayView("message/") }) {
        for (qsizetype at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + 1))
            ++count;
    }
    return count;
}

qsizetype boundaryLinesIn(const QByteArray& raw)
{
    qsizetype count = 0;
    for (qsizetype at = raw.indexOf("\n--"); at >= 0; at = raw.indexOf("\n--", at + 1))
        ++count;
    return count;
}

} // namespace

Result<MailMessage> MailMessage::parse(const QByteArray& raw)
{
    // a boundary opens and closes each part; a few more lines may begin "--"
    if (containersIn(raw) > MaxParts || boundaryLinesIn(raw) > 3 * MaxParts)
        return Result<MailMessage>::failure(Error::of(
            ErrorKind::Invalid, MailTr::tr("The message nests more than %1 parts").arg(MaxParts)));
    initGMime();
    GRef<GMimeStream> stream(g_mime_stream_mem_new_with_buffer(raw.constData(), raw.size()));
    GRef<GMimeParser> parser(g_mime_parser_new_with_stream(stream.get()));
    g_mime_parser_set_format(parser.get(), GMIME_FORMAT_MESSAGE);
    GRef<GMimeMessage> message(g_mime_parser_construct_message(parser.get(), nullptr));
    GMimeHeaderList* headers
        = message ? g_mime_object_get_header_list(GMIME_OBJECT(message.get())) : nullptr;
    if (!message || !headers || g_mime_header_list_get_count(headers) == 0)
        return Result<MailMessage>::failure(Error::of(
            ErrorKind::Invalid, MailTr::tr("This is not a mail message (it has no headers)")));

    MailMessage out;
    out.messageId = fromUtf8(g_mime_message_get_message_id(message.get()));
    out.subject = fromUtf8(g_mime_message_get_subject(message.get()));
    if (InternetAddressList* from = g_mime_message_get_from(message.get()))
        out.from = fromUtf8(GString(internet_address_list_to_string(from, nullptr, FALSE)).get());
    if (GDateTime* date = g_mime_message_get_date(message.get()))
        out.date = QDateTime::fromSecsSinceEpoch(g_date_time_to_unix(date), Qt::UTC);
    PartWalker walker(out);
    walker.walk(g_mime_message_get_mime_part(message.get()), 0);
    out.text = walker.text().left(MaxTextChars);
    return out;
}

} // namespace ClaimDesk
