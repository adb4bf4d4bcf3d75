#include "ocr/TesseractEngine.h"

#include "logging/LogCategories.h"
#include "ocr/OcrTr.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMutex>
#include <algorithm>
#include <cstdlib>
#include <leptonica/allheaders.h>
#include <tesseract/baseapi.h>
#include <tesseract/ocrclass.h>
#include <tesseract/resultiterator.h>
#include <unistd.h>
#include <unordered_map>

namespace ClaimDesk {

namespace {

// Tesseract's progress monitor, carrying our cancel flag and progress callback.
struct Monitor final : tesseract::ETEXT_DESC
{
    const std::atomic_bool* cancelFlag = nullptr;
    const std::function<void(int)>* onProgress = nullptr;
    QDeadlineTimer deadline { QDeadlineTimer::Forever };
    int lastProgress = -1;

    static bool isCanceled(void* self, int)
    {
        const auto* m = static_cast<Monitor*>(self);
        return (m->cancelFlag && m->cancelFlag->load(std::memory_order_relaxed))
            || m->deadline.hasExpired();
    }
    static bool progressed(tesseract::ETEXT_DESC* desc, int, int, int, int)
    {
        auto* m = static_cast<Monitor*>(desc);
        if (m->onProgress && *m->onProgress && m->progress != m->lastProgress) {
            m->lastProgress = m->progress;
            (*m->onProgress)(m->progress);
        }
        return true;
    }
};

// Said once per process and language set: documents are still read, less well.
void noticeFastModels(const QString& languages)
{
    static QMutex mutex;
    static QStringList told;
    // only languages install-deps.sh brings best models for; Debian's Latin-script
    // model has no such counterpart
    const QStringList asked = languages.split(QLatin1Char('+'), Qt::SkipEmptyParts);
    const bool hasBetter
        = asked.contains(QLatin1String("eng")) || asked.contains(QLatin1String("tha"));
    if (!hasBetter || TesseractEngine::usesBestModels(languages))
        return;
    QMutexLocker lock(&mutex);
    if (told.contains(languages))
        return;
    told << languages;
    qCInfo(lcExtraction).noquote() << OcrTr::tr(
        "OCR reads %1 with Debian's fast models: Tesseract's best models are not in %2, "
        "so dates and totals are misread more often. installer/install-deps.sh installs "
        "them.")
                                          .arg(languages, TesseractEngine::bestModelsPath());
}

} // namespace

TesseractEngine::TesseractEngine(QString languages)
    : m_languages(std::move(languages))
{ }

TesseractEngine::~TesseractEngine()
{
    if (m_api)
        m_api->End();
}

void TesseractEngine::limitOpenMpThreads(char** argv)
{
    if (std::getenv("OMP_THREAD_LIMIT") || !argv || !argv[0])
        return;
    ::setenv("OMP_THREAD_LIMIT", "1", 1);
    ::execv("/proc/self/exe", argv);
    // exec failed (no /proc): go on with the threads OpenMP chose
}

TesseractEngine& TesseractEngine::forThisThread(const QString& languages, QString* error)
{
    thread_local std::unordered_map<std::u16string, std::unique_ptr<TesseractEngine>> engines;
    auto& slot = engines[languages.toStdU16String()];
    if (!slot)
        slot = std::make_unique<TesseractEngine>(languages);
    if (!slot->isReady()) {
        if (Status s = slot->init(); !s && error)
            *error = s.error();
    }
    return *slot;
}

TesseractEngine::Shared TesseractEngine::shared(const QString& languages, QString* error)
{
    struct Slot
    {
        QMutex mutex;
        std::unique_ptr<TesseractEngine> engine;
        QString failure; // remembered: models missing now are missing for the run
    };
    static QMutex enginesMutex;
    static std::unordered_map<std::u16string, std::unique_ptr<Slot>> engines;
    Slot* slot = nullptr;
    {
        QMutexLocker lock(&enginesMutex);
        auto& s = engines[languages.toStdU16String()];
        if (!s)
            s = std::make_unique<Slot>();
        slot = s.get();
    }
    QMutexLocker lock(&slot->mutex);
    if (!slot->engine) {
        slot->engine = std::make_unique<TesseractEngine>(languages);
        if (Status s = slot->engine->init(); !s)
            slot->failure = s.error();
    }
    if (!slot->failure.isEmpty()) {
        if (error)
            *error = slot->failure;
        return {};
    }
    return { slot->engine.get(), &slot->mutex };
}

QString TesseractEngine::dataPath()
{
    const QString env = qEnvironmentVariable("TESSDATA_PREFIX");
    if (!env.isEmpty())
        return env;
    for (const char* candidate :
        { "/usr/share/tesseract-ocr/5/tessdata", "/usr/share/tesseract-ocr/4.00/tessdata" }) {
        if (QFileInfo::exists(QString::fromLatin1(candidate)))
            return QString::fromLatin1(candidate);
    }
    return QStringLiteral("/usr/share/tesseract-ocr/5/tessdata");
}

QString TesseractEngine::bestModelsPath()
{
    const QString env = qEnvironmentVariable("CLAIMDESK_TESSDATA");
    return env.isEmpty() ? QStringLiteral("/usr/local/share/claimdesk/tessdata") : env;
}

namespace {

QStringList languagesIn(const QString& folder)
{
    QStringList out;
    const QStringList files
        = QDir(folder).entryList({ QStringLiteral("*.traineddata") }, QDir::Files, QDir::Name);
    for (const QString& f : files)
        out << f.chopped(int(qstrlen(".traineddata")));
    return out;
}

bool holdsAll(const QString& folder, const QString& languages)
{
    const QStringList have = languagesIn(folder);
    const QStringList want = languages.split(QLatin1Char('+'), Qt::SkipEmptyParts);
    return !want.isEmpty() && std::all_of(want.begin(), want.end(), [&](const QString& lang) {
        return have.contains(lang);
    });
}

} // namespace

bool TesseractEngine::usesBestModels(const QString& languages)
{
    return holdsAll(bestModelsPath(), languages);
}

QString TesseractEngine::dataPathFor(const QString& languages)
{
    return usesBestModels(languages) ? bestModelsPath() : dataPath();
}

QStringList TesseractEngine::installedLanguages()
{
    // listed once: pages ask for every document, and models installed while the
    // program runs are used after a restart, as shared() remembers failures
    static const QStringList installed = [] {
        QStringList out = languagesIn(dataPath());
        for (const QString& lang : languagesIn(bestModelsPath())) {
            if (!out.contains(lang))
                out << lang;
        }
        return out;
    }();
    return installed;
}

void TesseractEngine::setLayout(Layout layout)
{
    m_layout = layout;
    if (m_api)
        m_api->SetPageSegMode(tesseract::PageSegMode(layout));
}

Status TesseractEngine::init()
{
    if (m_ready)
        return {};
    const QStringList have = installedLanguages();
    if (isAuto()) {
        if (!have.contains(QLatin1String("eng")))
            return Status::failure(OcrTr::tr("The OCR language \"eng\" is not installed (looked in "
                                             "%1; install the package tesseract-ocr-eng).")
                                       .arg(dataPath()));
        m_ready = true;
        return {};
    }
    for (const QString& lang : m_languages.split(QLatin1Char('+'), Qt::SkipEmptyParts)) {
        if (!have.contains(lang))
            return Status::failure(
                OcrTr::tr("The OCR language \"%1\" is not installed (looked in %2; "
                          "install the package tesseract-ocr-%1).")
                    .arg(lang, dataPath()));
    }
    // Leptonica reports recoverable oddities of page images on stderr; they are not
    // the user's business (and would garble claimdesk-cli's output).
    setMsgSeverity(L_SEVERITY_NONE);
    m_api = std::make_unique<tesseract::TessBaseAPI>();
    const QString folder = dataPathFor(m_languages);
    const QByteArray path = folder.toLocal8Bit();
    const QByteArray langs = m_languages.toLatin1();
    if (m_api->Init(path.constData(), langs.constData(), tesseract::OEM_LSTM_ONLY) != 0) {
        m_api.reset();
        return Status::failure(OcrTr::tr("Tesseract could not load the languages %1 from %2.")
                                   .arg(m_languages, folder));
    }
    m_api->SetPageSegMode(tesseract::PageSegMode(m_layout));
    m_api->SetVariable("debug_file", "/dev/null");
    m_ready = true;
    noticeFastModels(m_languages);
    return {};
}

Result<QList<OcrWord>> TesseractEngine::recognize(const QImage& source, int dpi,
    const std::atomic_bool* cancel, const std::function<void(int)>& progress,
    QDeadlineTimer deadline)
{
    using R = Result<QList<OcrWord>>;
    if (!m_ready || !m_api)
        return R::failure(OcrTr::tr("The OCR engine is not initialised."));
    if (source.isNull() || source.width() < 3 || source.height() < 3)
        return R::failure(OcrTr::tr("The page image is empty."));
    // 8-bit gray is what preprocessing produces; colour is passed on as RGB so
    // Tesseract can threshold it itself when the grayscale step is switched off.
    const bool colour = source.format() == QImage::Format_RGB888;
    const QImage image = colour || source.format() == QImage::Format_Grayscale8
        ? source
        : source.convertToFormat(QImage::Format_Grayscale8);

    m_api->SetImage(image.constBits(), image.width(), image.height(), colour ? 3 : 1,
        int(image.bytesPerLine()));
    m_api->SetSourceResolution(dpi > 0 ? dpi : 300);

    Monitor monitor;
    monitor.cancel = &Monitor::isCanceled;
    monitor.cancel_this = &monitor;
    monitor.progress_callback2 = &Monitor::progressed;
    monitor.cancelFlag = cancel;
    monitor.onProgress = &progress;
    monitor.deadline = deadline;
    const int rc = m_api->Recognize(&monitor);
    if (cancel && cancel->load())
        return R::failure(OcrTr::tr("Canceled."));
    if (deadline.hasExpired())
        return R::failure(OcrTr::tr("Stopped: reading took longer than its time limit."));
    if (rc != 0)
        return R::failure(OcrTr::tr("Tesseract could not read the page."));

    QList<OcrWord> words;
    std::unique_ptr<tesseract::ResultIterator> it(m_api->GetIterator());
    if (!it)
        return words;
    int block = -1;
    int line = -1;
    constexpr auto Word = tesseract::RIL_WORD;
    do {
        if (it->Empty(Word))
            continue;
        if (it->IsAtBeginningOf(tesseract::RIL_BLOCK))
            ++block;
        if (it->IsAtBeginningOf(tesseract::RIL_TEXTLINE))
            ++line;
        const std::unique_ptr<char[]> text(it->GetUTF8Text(Word));
        if (!text)
            continue;
        OcrWord w;
        w.text = QString::fromUtf8(text.get()).trimmed();
        if (w.text.isEmpty())
            continue;
        int left = 0, top = 0, right = 0, bottom = 0;
        it->BoundingBox(Word, &left, &top, &right, &bottom);
        w.box = QRect(QPoint(left, top), QPoint(right - 1, bottom - 1));
        w.confidence = float(it->Confidence(Word) / 100.0);
        w.block = std::max(block, 0);
        w.line = std::max(line, 0);
        words.append(w);
    } while (it->Next(Word));
    m_api->Clear();
    return joinSplitThaiWords(words);
}

std::optional<QString> TesseractEngine::scriptOf(const QImage& page, int dpi)
{
    // Detection needs Tesseract's legacy classifier, which the osd model holds;
    // one detector per thread, made on first use (or remembered as missing).
    struct Detector
    {
        std::unique_ptr<tesseract::TessBaseAPI> api;
        bool tried = false;
    };
    thread_local Detector detector;
    if (!detector.tried) {
        detector.tried = true;
        if (QFileInfo::exists(dataPath() + QStringLiteral("/osd.traineddata"))) {
            auto api = std::make_unique<tesseract::TessBaseAPI>();
            const QByteArray path = dataPath().toLocal8Bit();
            if (api->Init(path.constData(), "osd", tesseract::OEM_TESSERACT_ONLY) == 0) {
                api->SetVariable("debug_file", "/dev/null");
                api->SetPageSegMode(tesseract::PSM_OSD_ONLY);
                detector.api = std::move(api);
            }
        }
    }
    if (!detector.api || page.isNull() || page.width() < 3 || page.height() < 3)
        return std::nullopt;
    const QImage gray = page.format() == QImage::Format_Grayscale8
        ? page
        : page.convertToFormat(QImage::Format_Grayscale8);
    detector.api->SetImage(
        gray.constBits(), gray.width(), gray.height(), 1, int(gray.bytesPerLine()));
    detector.api->SetSourceResolution(dpi > 0 ? dpi : 300);
    int degrees = 0;
    float orientationConfidence = 0;
    const char* script = nullptr;
    float scriptConfidence = 0;
    const bool ok = detector.api->DetectOrientationScript(
        &degrees, &orientationConfidence, &script, &scriptConfidence);
    detector.api->Clear();
    if (!ok || !script)
        return std::nullopt;
    return QString::fromLatin1(script);
}

QString TesseractEngine::languagesForScript(const std::optional<QString>& script)
{
    const QStringList have = installedLanguages();
    if (!have.contains(QLatin1String("tha")))
        return QStringLiteral("eng");
    if (script && *script != QLatin1String("Thai"))
        return QStringLiteral("eng");
    return QStringLiteral("eng+tha");
}

} // namespace ClaimDesk
