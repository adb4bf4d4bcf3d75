#include "IntakeEngine.h"

#include "domain/DocumentCategory.h"
#include "domain/FieldLabels.h"
#include "intake/IntakeKeywords.h"
#include "intake/IntakeSpeech.h"
#include "intake/IntakeWording.h"
#include "logging/LogCategories.h"
#include "policy/LineItemChecker.h"
#include "policylibrary/PolicyLibrary.h"
#include "policylibrary/PolicyVerifier.h"
#include "util/NationalId.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QMimeDatabase>
#include <QTimeZone>

namespace ClaimDesk {

using namespace IntakeWording;

namespace {

// The national ID read from an ID card or a licence; empty when none was.
QString readIdNumber(const QList<ExtractedField>& fields)
{
    for (const ExtractedField& f : fields)
        if (f.name == QLatin1String("citizen_id"))
            return f.value;
    return {};
}

// For steps whose failure must not stop the conversation: the log says what failed.
void logIfFailed(const Status& status, const char* what)
{
    if (!status)
        qCWarning(lcSystem).noquote()
            << QStringLiteral("intake: %1 failed: %2").arg(QLatin1String(what), status.error());
}

QString masked(const QString& digits)
{
    return digits.size() <= 4 ? digits : QString(digits.size() - 4, u'•') + digits.right(4);
}

} // namespace

// --- engine -----------------------------------------------------------------

IntakeEngine::DocumentStore IntakeEngine::importingStore(
    ClaimBook& book, const ReadOptions& options)
{
    // One importer (and so one OCR engine) for the whole conversation.
    auto importer = std::make_shared<DocumentImporter>(book);
    importer->setReading(options);
    return [importer](const QString& claimId, const QString& path,
               const std::atomic_bool* cancel) -> ImportReport::Item {
        ImportReport::Item failed;
        failed.file = path;
        auto report = importer->importFiles(
            { path }, ImportTarget::claim(claimId), QStringLiteral("intake"), cancel);
        if (!report) {
            failed.error = report.error();
            return failed;
        }
        if (report->items.isEmpty()) { // cancelled before the file was taken
            failed.error = QStringLiteral("cancelled");
            return failed;
        }
        return report->items.first();
    };
}

IntakeEngine::IntakeEngine(ClaimBook& book, DocumentStore store, Clock clock)
    : m_book(book)
    , m_store(std::move(store))
    , m_clock(std::move(clock))
    , m_records(book.database())
{ }

Result<IntakeReply> IntakeEngine::startNew()
{
    const QDateTime now = m_clock();
    if (m_conversationId > 0)
        logIfFailed(m_records.close(m_conversationId, now), "closing the conversation");
    m_conversationId = 0;
    m_state = {};
    const IntakeReply hello = greeting();
    auto id = m_records.start(m_state, message(QStringLiteral("assistant"), hello, now));
    if (!id)
        return Result<IntakeReply>::failure(id.errorDetail());
    m_conversationId = *id;
    return hello;
}

Result<bool> IntakeEngine::resumeLatest()
{
    auto latest = m_records.latestOpen();
    if (!latest)
        return Result<bool>::failure(latest.errorDetail());
    if (!*latest)
        return false;
    m_conversationId = (*latest)->id;
    m_state = IntakeState::fromJson((*latest)->state);
    return true;
}

Result<bool> IntakeEngine::resume(qint64 conversationId)
{
    auto found = m_records.find(conversationId);
    if (!found)
        return Result<bool>::failure(found.errorDetail());
    m_conversationId = found->id;
    m_state = IntakeState::fromJson(found->state);
    return !found->closed;
}

Status IntakeEngine::close()
{
    if (m_conversationId == 0)
        return {};
    const Status s = m_records.close(m_conversationId, m_clock());
    m_conversationId = 0;
    m_state = {};
    return s;
}

Result<QList<IntakeMessage>> IntakeEngine::transcript() const
{
    if (m_conversationId == 0)
        return QList<IntakeMessage>();
    return m_records.transcript(m_conversationId);
}

Result<QHash<qint64, Bilingual>> IntakeEngine::currentSummaries() const
{
    using R = Result<QHash<qint64, Bilingual>>;
    if (m_state.claimId.isEmpty())
        return QHash<qint64, Bilingual>();
    auto fields = m_records.fields(m_state.claimId);
    if (!fields)
        return R::failure(fields.errorDetail());
    QHash<qint64, Bilingual> out;
    for (auto it = fields->cbegin(); it != fields->cend(); ++it)
        out.insert(it.key(), summaryOf(it.value()));
    return out;
}

Result<QList<Document>> IntakeEngine::documents() const
{
    if (m_state.claimId.isEmpty())
        return QList<Document>();
    return m_records.documents(m_state.claimId);
}

std::optional<DocumentChecklist> IntakeEngine::checklist() const
{
    if (!m_state.claimType)
        return std::nullopt;
    return DocumentChecklist(*m_state.claimType, m_state.received());
}

bool IntakeEngine::isComplete() const
{
    const auto list = checklist();
    return list && list->isComplete();
}

Status IntakeEngine::recordResponseTime(qint64 milliseconds)
{
    if (m_state.claimId.isEmpty())
        return {};
    return m_records.recordResponseTime(m_state.claimId, milliseconds, m_clock());
}

QString IntakeEngine::describe(const IntakeInput& input, ReplyLanguage language)
{
    switch (input.kind) {
    case IntakeInput::Kind::Say:
        return NationalId::maskedIn(input.value); // an ID typed in passing stays out too
    case IntakeInput::Kind::Upload:
        return IntakeSpeech::tr("Document: %1")
            .arg(Bilingual::same(QFileInfo(input.value).fileName()))
            .in(language);
    case IntakeInput::Kind::Owner:
        return ownerName(input.value).in(language);
    case IntakeInput::Kind::IdNumber:
        return masked(NationalId::clean(input.value)); // personal data stays out of the transcript
    case IntakeInput::Kind::Submit:
        return IntakeSpeech::tr("Submit the claim").in(language);
    case IntakeInput::Kind::ChooseType:
        return claimTypeFromCode(input.value)
            ? typeName(*claimTypeFromCode(input.value)).in(language)
            : input.value;
    case IntakeInput::Kind::Appointment:
        return QDateTime::fromString(input.value, Qt::ISODate)
            .toLocalTime()
            .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    case IntakeInput::Kind::Restart:
        break;
    }
    return IntakeSpeech::tr("Start again").in(language);
}

IntakeReply IntakeEngine::handle(const IntakeInput& input, const std::atomic_bool* cancel)
{
    QElapsedTimer timer;
    timer.start();
    if (m_conversationId == 0) {
        if (auto started = startNew(); !started)
            return storageProblem(started.error());
    }
    const IntakeState before = m_state;
    const qint64 conversationBefore = m_conversationId;
    IntakeReply reply;
    Status saved;
    if (input.kind == IntakeInput::Kind::Upload) {
        // The document is stored by the importer in a transaction of its own:
        // seconds of OCR must not hold the book's write lock. What the step
        // records after it is written with the conversation.
        reply = dispatch(input, cancel);
        saved = m_book.database().writeTransaction([&] { return persist(input, reply); });
    } else {
        // What the step writes (a claim opened, edited, submitted) and where the
        // conversation stands are kept together or not at all.
        saved = m_book.database().writeTransaction([&]() -> Status {
            reply = dispatch(input, cancel);
            if (reply.error == IntakeError::Storage)
                return Status::failure(reply.text.en);
            return persist(input, reply);
        });
        if (!saved) {
            m_state = before; // nothing of the step was kept: neither is it in memory
            m_conversationId = conversationBefore;
        }
    }
    if (!saved) {
        qCWarning(lcSystem).noquote() << QStringLiteral("intake conversation %1 not saved: %2")
                                             .arg(m_conversationId)
                                             .arg(saved.error());
        if (input.kind == IntakeInput::Kind::Upload && reply.documentId) {
            // The document is on the claim; only this step's record was not kept.
            reply.error = IntakeError::Storage;
            reply.text
                = IntakeSpeech::tr("%1 is stored on your claim, but I could not note it in our "
                                   "conversation: %2. There is no need to send it again.")
                      .arg(Bilingual::same(QFileInfo(input.value).fileName()))
                      .arg(Bilingual::same(saved.error()));
        } else if (reply.error != IntakeError::Storage) {
            reply = storageProblem(saved.error());
        }
    }
    if (m_recordResponseTimes)
        logIfFailed(recordResponseTime(timer.elapsed()), "recording the response time");
    return reply;
}

Status IntakeEngine::persist(const IntakeInput& input, const IntakeReply& reply)
{
    const QDateTime now = m_clock();
    IntakeMessage said;
    said.at = now;
    said.sender = QStringLiteral("customer");
    said.body = describe(input, m_language);
    if (input.kind == IntakeInput::Kind::Upload)
        said.documentId = reply.documentId;
    return m_records.saveStep(
        m_conversationId, said, message(QStringLiteral("assistant"), reply, now), m_state);
}

IntakeMessage IntakeEngine::message(
    const QString& sender, const IntakeReply& reply, const QDateTime& at) const
{
    IntakeMessage m;
    m.at = at;
    m.sender = sender;
    m.body = reply.text.in(m_language);
    m.quickReplies = quickRepliesToJson(reply.quickReplies);
    return m;
}

IntakeReply IntakeEngine::dispatch(const IntakeInput& input, const std::atomic_bool* cancel)
{
    switch (input.kind) {
    case IntakeInput::Kind::Say:
        return onSay(input.value);
    case IntakeInput::Kind::Upload:
        return onUpload(input.value, cancel);
    case IntakeInput::Kind::Owner:
        return onOwner(input.value);
    case IntakeInput::Kind::IdNumber:
        return onIdNumber(input.value);
    case IntakeInput::Kind::Submit:
        return onSubmit();
    case IntakeInput::Kind::ChooseType: {
        const auto type = claimTypeFromCode(input.value);
        if (!type)
            return failure(
                IntakeError::NoClaimType, IntakeSpeech::tr("Choose car damage or health."));
        return onChooseType(*type);
    }
    case IntakeInput::Kind::Appointment: {
        const QDateTime at = QDateTime::fromString(input.value, Qt::ISODate);
        if (!at.isValid())
            return failure(IntakeError::BadAppointment,
                IntakeSpeech::tr("I could not read that time; choose one of the proposed times."));
        return onAppointment(at);
    }
    case IntakeInput::Kind::Restart:
        break;
    }
    return onRestart();
}

IntakeReply IntakeEngine::failure(IntakeError code, const Bilingual& text) const
{
    IntakeReply r = nextStep(text);
    r.error = code;
    return r;
}

IntakeReply IntakeEngine::storageProblem(const QString& error) const
{
    IntakeReply r;
    r.error = IntakeError::Storage;
    r.text = IntakeSpeech::tr(
        "Sorry, I could not save that: %1. Nothing you sent before is lost; please try "
        "again in a moment.")
                 .arg(Bilingual::same(error));
    return r;
}

// --- the conversation -------------------------------------------------------

IntakeReply IntakeEngine::greeting() const
{
    IntakeReply r;
    r.text = IntakeSpeech::tr(
        "Hello, I am ClaimDesk's claims assistant. Tell me what happened: a car "
        "accident or damage, or an illness or injury. I will open the claim and tell you "
        "which documents I need.");
    r.quickReplies = typeChoices();
    return r;
}

QList<QuickReply> IntakeEngine::typeChoices() const
{
    return { { typeName(ClaimType::CarDamage), IntakeInput::chooseType(ClaimType::CarDamage) },
        { typeName(ClaimType::Health), IntakeInput::chooseType(ClaimType::Health) } };
}

IntakeReply IntakeEngine::askType(const Bilingual& lead) const
{
    IntakeReply r;
    r.text = then(lead,
        IntakeSpeech::tr(
            "Is this about damage to a car, or about a health claim (illness, injury, a hospital "
            "stay)?"));
    r.quickReplies = typeChoices();
    return r;
}

IntakeReply IntakeEngine::onSay(const QString& raw)
{
    const QString text = raw.trimmed();
    if (text.isEmpty())
        return failure(IntakeError::EmptyMessage,
            IntakeSpeech::tr("Your message was empty. Type a message, or drop a document here."));
    if (text.size() > MaxMessageChars)
        return failure(IntakeError::MessageTooLong,
            IntakeSpeech::tr(
                "Your message is %1 characters long; please keep it under %2 and send the details "
                "in parts.")
                .arg(text.size())
                .arg(MaxMessageChars));
    if (IntakeKeywords::isCancel(text))
        return onRestart();
    if (m_state.pendingLicence) {
        if (const QString owner = IntakeKeywords::licenceOwner(text); !owner.isEmpty())
            return onOwner(owner);
    }
    if (IntakeKeywords::asksForPerson(text))
        return escalate();
    if (IntakeKeywords::asksForStatus(text))
        return status(IntakeKeywords::claimIdIn(text));
    if (IntakeKeywords::asksForAppointment(text))
        return proposeAppointment();
    if (IntakeKeywords::asksAboutCoverage(text))
        return answerCoverage(text);
    if (IntakeKeywords::asksToSubmit(text))
        return onSubmit();
    if (const QString id = IntakeKeywords::nationalIdIn(text); !id.isEmpty()) {
        if (!m_state.claimType) {
            m_state.pendingNationalId = id;
            return askType(IntakeSpeech::tr("Thank you, I have your ID number. "));
        }
        return verify(id);
    }
    if (!m_state.claimType) {
        const ClaimTypeGuess guess = IntakeKeywords::detectClaimType(text);
        if (!guess.type)
            return askType(guess.carScore > 0
                    ? IntakeSpeech::tr("Your message speaks of both a car and a health matter. ")
                    : Bilingual());
        return openClaim(*guess.type);
    }
    return nextStep({});
}

IntakeReply IntakeEngine::onChooseType(ClaimType type)
{
    if (m_state.claimType)
        return nextStep(
            IntakeSpeech::tr("This conversation is already about claim %1 (%2). To file another "
                             "claim, type \"restart\". ")
                .arg(Bilingual::same(m_state.claimId))
                .arg(typeName(*m_state.claimType)));
    return openClaim(type);
}

IntakeReply IntakeEngine::openClaim(ClaimType type)
{
    NewClaim c;
    c.type = type;
    c.status = ClaimStatus::Draft; // until the customer hands it in
    c.memo = QStringLiteral("Filed through the chat intake");
    auto created = m_book.file(c, m_actor);
    if (!created)
        return storageProblem(created.error());
    m_state.claimType = type;
    m_state.claimId = created->id;
    qCInfo(lcSystem).noquote() << QStringLiteral("intake opened claim %1").arg(created->id);
    Bilingual lead = IntakeSpeech::tr("I have opened %1 claim %2 for you. ")
                         .arg(typeName(type))
                         .arg(Bilingual::same(created->id));
    if (m_state.escalationRequested) {
        m_state.escalationRequested = false;
        if (m_book.claims().setEscalated(created->id, true,
                QStringLiteral("the customer asked for a person in the chat"), m_actor))
            m_state.escalated = true;
        lead += IntakeSpeech::tr("A claims officer will contact you about it. ");
    }
    if (!m_state.pendingNationalId.isEmpty()) {
        const QString id = m_state.pendingNationalId;
        m_state.pendingNationalId.clear();
        IntakeReply verified = verify(id);
        verified.text = lead + verified.text;
        return verified;
    }
    return nextStep(lead);
}

IntakeReply IntakeEngine::onIdNumber(const QString& text)
{
    if (!m_state.claimType) {
        const QString digits = NationalId::clean(text);
        if (digits.size() == 13)
            m_state.pendingNationalId = digits;
        return askType(IntakeSpeech::tr("Before I check your policy: "));
    }
    return verify(text);
}

IntakeReply IntakeEngine::verify(const QString& text)
{
    const QString digits = NationalId::clean(text);
    if (m_state.policyVerified && digits == m_state.nationalId)
        return nextStep(IntakeSpeech::tr("Your policy is already verified. "));
    PolicyVerifier verifier(m_book.database());
    auto result = verifier.verify(digits, *m_state.claimType, m_book.asOf());
    if (!result && result.errorKind() != ErrorKind::Invalid)
        return storageProblem(result.error()); // the book, not the number, is at fault
    if (!result)
        return failure(IntakeError::InvalidId,
            IntakeSpeech::tr(
                "%1 is not a national ID number: it must have 13 digits (spaces and dashes are "
                "fine). ")
                .arg(Bilingual::same(text.trimmed())));
    const PolicyVerification& v = *result;
    if (auto refusal = IntakeWording::policyRefusal(v, *m_state.claimType))
        return failure(refusal->first, refusal->second);
    const PolicyHolder& p = *v.policy;
    ClaimEdit edit;
    edit.claimantNationalId = v.idNumber;
    edit.claimantName = p.nameTh.isEmpty() ? p.nameEn : p.nameTh;
    if (auto edited = m_book.edit(m_state.claimId, edit, m_actor); !edited)
        return storageProblem(edited.error()); // the state says verified only once stored
    m_state.policyVerified = true;
    m_state.nationalId = v.idNumber;
    m_state.policyNumber = p.policyNumber;
    m_state.holderName = p.nameEn.isEmpty() ? p.nameTh : p.nameEn;
    return nextStep(IntakeWording::policyVerified(v));
}

Bilingual IntakeEngine::verifyFromDocument(const QString& idNumber)
{
    if (m_state.policyVerified)
        return {};
    if (NationalId::clean(idNumber).size() != 13)
        return IntakeSpeech::tr(
            "I could not read the ID number on it; please type your 13-digit national ID. ");
    const IntakeReply r = verify(idNumber);
    return m_state.policyVerified ? IntakeSpeech::tr("I read your ID number from it. ") + r.text
                                  : r.text;
}

IntakeReply IntakeEngine::onUpload(const QString& path, const std::atomic_bool* cancel)
{
    const QFileInfo info(path);
    if (!m_state.claimType) {
        IntakeReply r = askType(
            IntakeSpeech::tr("Before I take documents I need to know the kind of claim. "));
        r.error = IntakeError::NoClaimType;
        return r;
    }
    if (m_state.pendingLicence) {
        IntakeReply r = askLicenceOwner(IntakeSpeech::tr(
            "First tell me whose driving licence the last one was; then send %1 again. ")
                                            .arg(Bilingual::same(info.fileName())));
        r.error = IntakeError::AnswerLicenceFirst;
        return r;
    }
    if (!info.exists() || !info.isFile() || !info.isReadable())
        return failure(IntakeError::UnreadableUpload,
            IntakeSpeech::tr("I cannot open %1: the file is missing or cannot be read. ")
                .arg(Bilingual::same(info.fileName())));
    const QString mime = QMimeDatabase().mimeTypeForFile(info, QMimeDatabase::MatchContent).name();
    if (!DocumentImporter::isSupportedMimeType(mime))
        return failure(IntakeError::NotADocument,
            IntakeSpeech::tr(
                "%1 is not a document I can read (%2). Send a photo or scan as JPEG, PNG, WebP, "
                "TIFF or PDF. ")
                .arg(Bilingual::same(info.fileName()))
                .arg(Bilingual::same(mime)));
    const ImportReport::Item item = m_store(m_state.claimId, path, cancel);
    if (cancel && cancel->load())
        return failure(IntakeError::UploadCancelled,
            IntakeSpeech::tr("The upload of %1 was stopped. ")
                .arg(Bilingual::same(info.fileName())));
    if (!item.error.isEmpty())
        return failure(IntakeError::UnreadableUpload,
            IntakeSpeech::tr("I could not store %1: %2 ")
                .arg(Bilingual::same(info.fileName()))
                .arg(Bilingual::same(item.error)));
    IntakeReply r = takeDocument(item, info.fileName());
    r.documentId = item.document.id;
    return r;
}

IntakeReply IntakeEngine::refuse(const ImportReport::Item& item, IntakeReply refusal)
{
    // What the chat says it did not take is not the claim's: kept, apart from it.
    if (Status s = m_records.refuseDocument(item.document.id, m_actor); !s)
        return storageProblem(s.error());
    // It was decided with the claim when stored; what it showed no longer counts.
    if (auto decided = m_book.decide(m_state.claimId); !decided)
        return storageProblem(decided.error());
    return refusal;
}

IntakeReply IntakeEngine::takeDocument(const ImportReport::Item& item, const QString& fileName)
{
    const Bilingual file = Bilingual::same(fileName);
    if (item.duplicate)
        return failure(IntakeError::DuplicateDocument,
            IntakeSpeech::tr("I already have %1 on this claim. ").arg(file));
    if (!item.read)
        return refuse(item,
            failure(IntakeError::UnreadableUpload,
                IntakeSpeech::tr(
                    "I stored %1 but could not read it (%2). Please send a sharper photo or a "
                    "scan. ")
                    .arg(file)
                    .arg(Bilingual::same(item.readError))));
    const QString category = item.document.category;
    const QStringList accepted = DocumentCategory::acceptedFor(*m_state.claimType);
    const QString idNumber = readIdNumber(item.fields);
    if (!accepted.contains(category)) { // unknown, or not this claim type's
        // A licence or ID card on a claim that does not take one still proves who
        // the customer is.
        const bool identity = category == DocumentCategory::CitizenIdCard
            || category == DocumentCategory::DrivingLicense;
        if (identity && !m_state.policyVerified)
            return nextStep(IntakeSpeech::tr("I read %1 as a %2. ")
                                .arg(file)
                                .arg(DocumentChecklist::label(category))
                + verifyFromDocument(idNumber));
        return refuse(item,
            failure(IntakeError::UnknownDocument,
                IntakeSpeech::tr(
                    "I could not recognise %1 as one of the documents this claim needs. I accept: "
                    "%2. "
                    "Please send a clear photo or scan of one of them. ")
                    .arg(file)
                    .arg(DocumentChecklist::labels(accepted))));
    }
    IntakeUpload upload;
    upload.documentId = item.document.id;
    upload.category = category;
    upload.fileName = fileName;
    upload.summary = summaryOf(item.fields);
    upload.idNumber = idNumber;
    Bilingual lead = IntakeSpeech::tr("Received: %1.").arg(DocumentChecklist::label(category));
    if (!upload.summary.isEmpty())
        lead += Bilingual::same(QStringLiteral(" "))
            + IntakeSpeech::tr("I read: %1.").arg(upload.summary);
    lead += Bilingual::same(QStringLiteral(" "));
    if (category == DocumentCategory::DrivingLicense) {
        const DocumentChecklist list = *checklist();
        if (list.isDone(DocumentChecklist::licenceKey(QStringLiteral("customer")))
            && list.isDone(DocumentChecklist::licenceKey(QStringLiteral("other_party"))))
            return failure(IntakeError::LicenceSidesFull,
                IntakeSpeech::tr(
                    "I already have both drivers' licences (yours and the other party's), so I "
                    "have not counted %1. ")
                    .arg(file));
        m_state.uploads << upload;
        m_state.pendingLicence = upload.documentId;
        return askLicenceOwner(lead);
    }
    m_state.uploads << upload;
    if (category == DocumentCategory::CitizenIdCard)
        lead += verifyFromDocument(idNumber);
    return nextStep(lead);
}

IntakeReply IntakeEngine::askLicenceOwner(const Bilingual& lead) const
{
    IntakeReply r;
    r.text = then(lead, IntakeSpeech::tr("Is this driving licence yours, or the other party's?"));
    const DocumentChecklist list = *checklist();
    if (!list.isDone(DocumentChecklist::licenceKey(QStringLiteral("customer"))))
        r.quickReplies << QuickReply { IntakeSpeech::tr("Mine"),
            IntakeInput::owner(QStringLiteral("customer")) };
    if (!list.isDone(DocumentChecklist::licenceKey(QStringLiteral("other_party"))))
        r.quickReplies << QuickReply { IntakeSpeech::tr("The other party's"),
            IntakeInput::owner(QStringLiteral("other_party")) };
    return r;
}

IntakeReply IntakeEngine::onOwner(const QString& owner)
{
    if (!m_state.pendingLicence)
        return failure(IntakeError::NoLicenceWaiting,
            IntakeSpeech::tr("There is no driving licence waiting for its owner. "));
    if (owner != QLatin1String("customer") && owner != QLatin1String("other_party"))
        return askLicenceOwner({});
    if (checklist()->isDone(DocumentChecklist::licenceKey(owner))) {
        IntakeReply r = askLicenceOwner(
            IntakeSpeech::tr("I already have %1 driving licence; each side can have only one. ")
                .arg(ownerName(owner)));
        r.error = IntakeError::DuplicateLicenceSide;
        return r;
    }
    const qint64 documentId = *m_state.pendingLicence;
    IntakeUpload* licence = nullptr;
    for (IntakeUpload& u : m_state.uploads)
        if (u.documentId == documentId)
            licence = &u;
    if (!licence) { // state from an older run without the upload: ask again
        m_state.pendingLicence.reset();
        return nextStep({});
    }
    licence->owner = owner;
    m_state.pendingLicence.reset();
    if (Status s
        = m_records.noteLicenceOwner(m_state.claimId, documentId, owner, m_actor, m_clock());
        !s)
        return storageProblem(s.error()); // the step is not kept: the owner is asked again
    Bilingual lead = IntakeSpeech::tr("Noted: that driving licence is %1. ").arg(ownerName(owner));
    if (owner == QLatin1String("customer"))
        lead += verifyFromDocument(licence->idNumber);
    return nextStep(lead);
}

IntakeReply IntakeEngine::onSubmit()
{
    if (m_state.claimId.isEmpty())
        return askType(IntakeSpeech::tr("There is no claim to submit yet. "));
    if (m_state.submitted) {
        IntakeReply r = nextStep({});
        r.error = IntakeError::AlreadySubmitted;
        return r;
    }
    if (m_state.pendingLicence)
        return askLicenceOwner(IntakeSpeech::tr(
            "Before submitting, tell me whose driving licence the last one was. "));
    const DocumentChecklist list = *checklist();
    if (!list.isComplete()) {
        IntakeReply r;
        r.error = IntakeError::Incomplete;
        r.text = IntakeSpeech::tr("The claim cannot be submitted yet; still missing: %1.")
                     .arg(DocumentChecklist::labels(list.missingKeys()));
        return r;
    }
    if (!m_state.policyVerified) {
        IntakeReply r;
        r.error = IntakeError::PolicyNotVerified;
        r.text = IntakeSpeech::tr(
            "All documents are here, but your policy is not verified yet. Please type your "
            "13-digit national ID number.");
        return r;
    }
    auto submitted = m_book.claims().markSubmitted(m_state.claimId, m_actor);
    if (!submitted)
        return storageProblem(submitted.error());
    m_state.submitted = true;
    qCInfo(lcSystem).noquote() << QStringLiteral("intake submitted claim %1").arg(m_state.claimId);
    IntakeReply r;
    r.text = IntakeSpeech::tr(
        "Claim %1 is submitted. An adjuster will review it; you can ask me \"where is my "
        "claim\" at any time.")
                 .arg(Bilingual::same(m_state.claimId));
    return r;
}

IntakeReply IntakeEngine::onRestart()
{
    if (!m_state.claimId.isEmpty() && !m_state.submitted) {
        if (Status s = m_records.noteCancelled(m_state.claimId, m_actor, m_clock()); !s)
            return storageProblem(s.error());
    }
    const QString claimId = m_state.claimId;
    const bool submitted = m_state.submitted;
    m_state = {};
    Bilingual lead = IntakeSpeech::tr("Cancelled; let us start again. ");
    if (!claimId.isEmpty())
        lead += (submitted
                ? IntakeSpeech::tr("Claim %1 was already submitted and stays with the adjusters. ")
                : IntakeSpeech::tr("Claim %1 stays on file with what you sent, but it is not "
                                   "submitted. "))
                    .arg(Bilingual::same(claimId));
    IntakeReply r = askType(lead);
    return r;
}

IntakeReply IntakeEngine::status(const QString& asked)
{
    const QString claimId = asked.isEmpty() ? m_state.claimId : asked;
    if (claimId.isEmpty())
        return failure(IntakeError::NoClaim,
            IntakeSpeech::tr(
                "I have no claim in this conversation yet. Tell me the claim ID (for example "
                "H-20260129-000001), or what happened to file a new claim. "));
    auto claim = m_book.claims().find(claimId);
    if (!claim)
        return failure(IntakeError::ClaimNotFound,
            IntakeSpeech::tr("I cannot find claim %1. Please check the ID. ")
                .arg(Bilingual::same(claimId)));
    const bool beingFiled = claim->id == m_state.claimId && !m_state.submitted;
    Bilingual lead = beingFiled ? IntakeSpeech::tr(
                         "Claim %1 (%2) is not submitted yet: it is waiting for the steps below. ")
                                      .arg(Bilingual::same(claim->id))
                                      .arg(typeName(claim->type))
                                : IntakeSpeech::tr("Claim %1 (%2) is: %3. ")
                                      .arg(Bilingual::same(claim->id))
                                      .arg(typeName(claim->type))
                                      .arg(statusName(claim->status));
    if (claim->escalated)
        lead += IntakeSpeech::tr("A claims officer has been asked to contact you. ");
    auto appointments = m_records.appointments(claim->id);
    if (appointments && !appointments->isEmpty())
        lead += IntakeSpeech::tr("Inspection booked for %1. ")
                    .arg(IntakeWording::when(appointments->last()));
    if (claim->id != m_state.claimId) {
        IntakeReply r;
        r.text = lead;
        return r;
    }
    return nextStep(lead);
}

IntakeReply IntakeEngine::escalate()
{
    if (m_state.claimId.isEmpty()) {
        m_state.escalationRequested = true;
        return askType(
            IntakeSpeech::tr("A claims officer will contact you once the claim is open. "));
    }
    auto flagged = m_book.claims().setEscalated(m_state.claimId, true,
        QStringLiteral("the customer asked for a person in the chat"), m_actor);
    if (!flagged)
        return storageProblem(flagged.error());
    m_state.escalated = true;
    return nextStep(IntakeSpeech::tr(
        "I have asked a claims officer to contact you about claim %1; it is flagged "
        "in their queue. ")
                        .arg(Bilingual::same(m_state.claimId)));
}

IntakeReply IntakeEngine::proposeAppointment()
{
    if (m_state.claimId.isEmpty())
        return askType(IntakeSpeech::tr("To book an inspection I first need to open the claim. "));
    // The next three working days at 10:00, office time.
    IntakeReply r;
    r.text = IntakeSpeech::tr(
        "When can the inspector come? Choose a time, or ask a claims officer for another "
        "one.");
    QDate day = m_clock().toLocalTime().date();
    while (r.quickReplies.size() < 3) {
        day = day.addDays(1);
        if (day.dayOfWeek() >= 6)
            continue;
        const QDateTime at(day, QTime(10, 0));
        r.quickReplies << QuickReply { Bilingual::same(
                                           at.toString(QStringLiteral("ddd yyyy-MM-dd HH:mm"))),
            IntakeInput::appointment(at) };
    }
    return r;
}

IntakeReply IntakeEngine::onAppointment(const QDateTime& at)
{
    if (m_state.claimId.isEmpty())
        return askType(IntakeSpeech::tr("To book an inspection I first need to open the claim. "));
    if (at <= m_clock())
        return failure(IntakeError::AppointmentInPast,
            IntakeSpeech::tr("That time has passed; choose a time from tomorrow on. "));
    const Status booked = m_records.bookAppointment(m_state.claimId, at, m_actor, m_clock());
    if (!booked)
        return storageProblem(booked.error());
    m_state.appointment = at;
    return nextStep(IntakeSpeech::tr("The inspection for claim %1 is booked for %2. ")
                        .arg(Bilingual::same(m_state.claimId))
                        .arg(IntakeWording::when(at)));
}

IntakeReply IntakeEngine::answerCoverage(const QString& text)
{
    const QString subject = IntakeKeywords::coverageSubject(text);
    if (subject.isEmpty())
        return nextStep(
            IntakeSpeech::tr("Which treatment, medicine or repair do you want to know about? "));
    PolicyLibrary library(m_book.database());
    LineItemChecker checker(library);
    if (auto loaded = checker.load(); !loaded)
        return storageProblem(loaded.error());
    LineItemContext context;
    auto check = checker.check(subject, ItemField::Pharmacy, context);
    if (!check)
        return storageProblem(check.error());
    return nextStep(IntakeWording::coverageAnswer(subject, *check));
}

Bilingual IntakeEngine::progress() const
{
    const DocumentChecklist list = *checklist();
    Bilingual out = IntakeSpeech::tr("Documents: %1 of %2 required.")
                        .arg(list.requiredDone())
                        .arg(list.requiredCount());
    if (const QStringList missing = list.missingKeys(); !missing.isEmpty())
        out += Bilingual::same(QStringLiteral(" "))
            + IntakeSpeech::tr("Still needed: %1.").arg(DocumentChecklist::labels(missing));
    return out;
}

IntakeReply IntakeEngine::nextStep(const Bilingual& lead) const
{
    IntakeReply r;
    if (!m_state.claimType) {
        r = askType(lead);
        return r;
    }
    if (m_state.pendingLicence)
        return askLicenceOwner(lead);
    Bilingual text = then(lead, {});
    if (m_state.submitted) {
        text = then(text,
            IntakeSpeech::tr("Claim %1 is submitted; you can still send more documents for it.")
                .arg(Bilingual::same(m_state.claimId)));
        r.text = text;
        return r;
    }
    if (!m_state.policyVerified)
        text = then(text,
            IntakeSpeech::tr(
                "Please type your 13-digit national ID number, or send a photo of your ID card, "
                "so I can check your policy."));
    text = then(text, progress());
    const DocumentChecklist list = *checklist();
    if (list.isComplete() && m_state.policyVerified) {
        text += Bilingual::same(QStringLiteral(" "))
            + IntakeSpeech::tr("Everything is here: press Submit to hand in the claim.");
        r.quickReplies << QuickReply { IntakeSpeech::tr("Submit the claim"),
            IntakeInput::submit() };
    } else if (list.missingKeys().size() < list.requiredCount() || m_state.policyVerified) {
        text += Bilingual::same(QStringLiteral(" "))
            + IntakeSpeech::tr("Drop the documents here or use Attach.");
    }
    r.text = text;
    return r;
}

} // namespace ClaimDesk
