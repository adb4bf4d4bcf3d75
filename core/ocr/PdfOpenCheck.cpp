#include "ocr/PdfOpenCheck.h"

#include "ocr/OcrTr.h"
#include "util/InputLimits.h"

#include <QCache>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QMutex>
#include <QProcess>

namespace ClaimDesk {

namespace {

QString checkerPath()
{
    const QString fromEnvironment = qEnvironmentVariable("CLAIMDESK_PDFCHECK");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    const QString besideApp
        = QCoreApplication::applicationDirPath() + QStringLiteral("/claimdesk-pdfcheck");
    if (QFileInfo(besideApp).isExecutable())
        return besideApp;
    return QStringLiteral(CLAIMDESK_PDFCHECK_BUILT);
}

enum class Outcome
{
    Opens,
    Endless,
    Fails
};

QString describe(Outcome outcome, const QString& name)
{
    switch (outcome) {
    case Outcome::Opens:
        return {};
    case Outcome::Endless:
        return OcrTr::tr("%1 is a PDF whose structure does not end (its page tree may contain "
                         "itself): the PDF engine did not open it within %2 s.")
            .arg(name)
            .arg(InputLimits::PdfOpenSeconds);
    case Outcome::Fails:
        break;
    }
    return OcrTr::tr("%1 is not a readable PDF (damaged, or larger than the PDF engine may use).")
        .arg(name);
}

// Content hash -> what the check found.
QMutex cacheMutex;
QCache<QByteArray, Outcome> outcomes(256);

} // namespace

Status PdfOpenCheck::check(const QByteArray& pdf, const QString& name)
{
    const QByteArray key = QCryptographicHash::hash(pdf, QCryptographicHash::Sha256);
    {
        QMutexLocker lock(&cacheMutex);
        if (const Outcome* known = outcomes.object(key))
            return *known == Outcome::Opens
                ? Status()
                : Status::failure(Error::of(ErrorKind::Invalid, describe(*known, name)));
    }
    QProcess checker;
    checker.setProgram(checkerPath());
    checker.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    checker.start(QIODevice::ReadWrite);
    Outcome outcome = Outcome::Opens;
    if (!checker.waitForStarted(5000)) {
        return Status::failure(
            OcrTr::tr("%1 cannot be opened: the PDF checker %2 did not start (%3).")
                .arg(name, checker.program(), checker.errorString()));
    }
    checker.write(pdf);
    checker.closeWriteChannel();
    if (!checker.waitForFinished(InputLimits::PdfOpenSeconds * 1000)) {
        checker.kill();
        checker.waitForFinished(5000);
        outcome = Outcome::Endless;
    } else if (checker.exitStatus() != QProcess::NormalExit || checker.exitCode() != 0) {
        outcome = Outcome::Fails;
    }
    if (outcome != Outcome::Endless) { // a busy machine may be slow once: asked again
        QMutexLocker lock(&cacheMutex);
        outcomes.insert(key, new Outcome(outcome));
    }
    return outcome == Outcome::Opens
        ? Status()
        : Status::failure(Error::of(ErrorKind::Invalid, describe(outcome, name)));
}

} // namespace ClaimDesk
