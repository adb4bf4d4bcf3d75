#pragma once

#include "claims/ClaimBook.h"
#include "intake/Bilingual.h"
#include "intake/DocumentChecklist.h"
#include "intake/DocumentImporter.h"
#include "intake/IntakeError.h"
#include "intake/IntakeRecords.h"
#include "intake/IntakeState.h"
#include "util/Clock.h"

#include <QJsonObject>
#include <atomic>
#include <functional>
#include <optional>

namespace ClaimDesk {

// The chat intake as a state machine, without any interface (seed 004's flows,
// sections 5.2-5.5, 12 and 15; seed 001's intents). The engine decides what
// happens; the words come from its templates (a model may rephrase them, see
// IntakeReplyPhraser). Every step is stored: the conversation, its messages and
// its state, so an intake interrupted by a restart resumes where it was.
//
// The claim is opened as soon as its type is known. The customer's national ID
// (typed, or read from an ID card or their licence) is verified against the
// policy holders; documents are stored on the claim, read, and ticked off the
// type's checklist; the claim can be handed in once every required document is
// there and the policy is verified. Cancel words start over (the claim and its
// documents stay on file). A policy question is answered from the policy library,
// "where is my claim" with the claim's status, asking for a person raises the
// claim's escalation flag, and an inspection appointment can be booked.
class IntakeEngine final
{
public:
    static constexpr int MaxMessageChars = 4000;

    // Stores an uploaded file on the claim and reads it. The production store is
    // importingStore(); tests give their own.
    using DocumentStore = std::function<ImportReport::Item(
        const QString& claimId, const QString& path, const std::atomic_bool* cancel)>;
    static DocumentStore importingStore(ClaimBook& book, const ReadOptions& options);

    IntakeEngine(ClaimBook& book, DocumentStore store, Clock clock = systemClock());

    void setLanguage(ReplyLanguage language) { m_language = language; }
    ReplyLanguage language() const { return m_language; }
    void setActor(const QString& actor) { m_actor = actor; }
    // Off when the caller measures the reply itself (a model phrasing it).
    void setRecordResponseTimes(bool on) { m_recordResponseTimes = on; }

    // A new stored conversation; returns the greeting (stored too).
    Result<IntakeReply> startNew();
    // Continues the open conversation touched last; false if there is none.
    Result<bool> resumeLatest();
    Result<bool> resume(qint64 conversationId);
    // Closes the conversation (it is no longer resumed).
    Status close();
    Result<QList<IntakeMessage>> transcript() const;

    // Handles one input. Never fails: a refused input is a reply with an error
    // code and words saying what to do; storage problems are reported the same way.
    IntakeReply handle(const IntakeInput& input, const std::atomic_bool* cancel = nullptr);
    Status recordResponseTime(qint64 milliseconds);

    qint64 conversationId() const { return m_conversationId; }
    const IntakeState& state() const { return m_state; }
    // The checklist of the claim's type (empty before the type is known).
    std::optional<DocumentChecklist> checklist() const;
    bool isComplete() const;

    // What was read from each document of the conversation as the book holds it
    // now, by document: a reviewer's correction shows. Documents no longer on
    // the claim are left out.
    Result<QHash<qint64, Bilingual>> currentSummaries() const;
    // The documents of the conversation's claim as stored (for their thumbnails).
    Result<QList<Document>> documents() const;
    const IntakeRecords& records() const { return m_records; }

    // How an input is shown in the transcript (an ID number masked).
    static QString describe(const IntakeInput& input, ReplyLanguage language);

private:
    IntakeReply dispatch(const IntakeInput& input, const std::atomic_bool* cancel);
    IntakeReply onSay(const QString& text);
    IntakeReply onUpload(const QString& path, const std::atomic_bool* cancel);
    // What a stored upload becomes: counted, asked about, or refused with the reason.
    IntakeReply takeDocument(const ImportReport::Item& item, const QString& fileName);
    // Sets the stored document apart from the claim, then gives the refusal (or
    // the storage problem when it could not be set apart).
    IntakeReply refuse(const ImportReport::Item& item, IntakeReply refusal);
    IntakeReply onOwner(const QString& owner);
    IntakeReply onIdNumber(const QString& text);
    IntakeReply onSubmit();
    IntakeReply onChooseType(ClaimType type);
    IntakeReply onAppointment(const QDateTime& at);
    IntakeReply onRestart();

    IntakeReply greeting() const;
    IntakeReply askType(const Bilingual& lead) const;
    IntakeReply openClaim(ClaimType type);
    IntakeReply verify(const QString& digits);
    IntakeReply status(const QString& claimId);
    IntakeReply escalate();
    IntakeReply proposeAppointment();
    IntakeReply answerCoverage(const QString& text);
    IntakeReply askLicenceOwner(const Bilingual& lead) const;
    // What the customer should do next, after `lead`.
    IntakeReply nextStep(const Bilingual& lead) const;
    Bilingual progress() const;
    QList<QuickReply> typeChoices() const;
    IntakeReply failure(IntakeError code, const Bilingual& text) const;
    IntakeReply storageProblem(const QString& error) const;
    // Verifies with the ID read from a document, when the policy is not verified yet.
    Bilingual verifyFromDocument(const QString& idNumber);
    Status persist(const IntakeInput& input, const IntakeReply& reply);
    // A reply as the transcript keeps it, in the conversation's language.
    IntakeMessage message(
        const QString& sender, const IntakeReply& reply, const QDateTime& at) const;

    ClaimBook& m_book;
    DocumentStore m_store;
    Clock m_clock;
    IntakeRecords m_records;
    ReplyLanguage m_language = ReplyLanguage::Both;
    QString m_actor = QStringLiteral("intake");
    bool m_recordResponseTimes = true;
    qint64 m_conversationId = 0;
    IntakeState m_state;
};

} // namespace ClaimDesk
