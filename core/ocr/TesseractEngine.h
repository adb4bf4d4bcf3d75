#pragma once

#include "ocr/OcrTypes.h"
#include "util/Result.h"

#include <QDeadlineTimer>
#include <QStringList>
#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QMutex;

namespace tesseract {
class TessBaseAPI;
}

namespace ClaimDesk {

// Owns one Tesseract instance (TessBaseAPI) for one thread at a time: loading the
// models is expensive, recognising is not thread-safe, so each worker thread keeps
// its own engine and reuses it for every page it reads.
class TesseractEngine final
{
public:
    // languages as Tesseract spells them, "eng+tha"; or Auto, an engine that reads
    // nothing itself but stands for "the page's script decides" (DocumentReader
    // asks scriptOf() and reads with this thread's engine for those languages).
    explicit TesseractEngine(QString languages = QStringLiteral("eng+tha"));
    static constexpr const char* Auto = "auto";
    ~TesseractEngine();
    Q_DISABLE_COPY_MOVE(TesseractEngine)

    // How Tesseract splits a page into blocks; Tesseract's PageSegMode numbers.
    // SingleBlock (6) suits receipts, forms and cards: text in one column of
    // rows, where automatic layout analysis (3) drops rows next to stamps,
    // handwriting and logos.
    enum class Layout
    {
        Automatic = 3,
        SingleColumn = 4,
        SingleBlock = 6,
        SingleLine = 7, // one row cut out of a page (LineRereader)
        SparseText = 11
    };
    void setLayout(Layout layout);
    Layout layout() const { return m_layout; }

    // Loads the models; the error names a language whose data is not installed.
    // An Auto engine loads nothing and is ready when English is installed.
    Status init();
    bool isReady() const { return m_ready; }
    bool isAuto() const { return m_languages == QLatin1String(Auto); }
    const QString& languages() const { return m_languages; }

    // The script most of a page is written in ("Thai", "Latin", ...), by
    // Tesseract's orientation and script detection (Debian's osd model) on an
    // 8-bit page; none when that model is missing or nothing could be told. Uses
    // this thread's detector. Cheap next to reading the page.
    static std::optional<QString> scriptOf(const QImage& page, int dpi);
    // The languages to read a page of that script with: Thai with the Thai model
    // (and English, which such documents mix in), anything else in English; when
    // the script is unknown, both.
    static QString languagesForScript(const std::optional<QString>& script);

    // Recognises an 8-bit grayscale (or RGB888) image. Word boxes are in the image's pixels.
    // Returns a failure if canceled (cancel set to true), when `deadline` passes
    // first (Tesseract stops within its next check, a fraction of a second), or
    // if the engine is not ready.
    Result<QList<OcrWord>> recognize(const QImage& image, int dpi,
        const std::atomic_bool* cancel = nullptr,
        const std::function<void(int percent)>& progress = {},
        QDeadlineTimer deadline = QDeadlineTimer(QDeadlineTimer::Forever));

    // Call first thing in main(). Debian's Tesseract runs OpenMP teams inside every
    // recognition; with one engine per worker thread they only oversubscribe the
    // cores and spin (a receipt took 8 s instead of 0.3 s). The OpenMP runtime reads
    // OMP_THREAD_LIMIT once, when it is loaded, so when it is unset this sets it to
    // 1 and re-executes the program; returns if that is not possible.
    static void limitOpenMpThreads(char** argv);

    // This thread's engine for `languages`, made and initialised on first use and
    // kept for the thread's life: loading models takes a while, and an engine must
    // not be shared between threads. *error says why one could not be initialised.
    static TesseractEngine& forThisThread(const QString& languages, QString* error = nullptr);

    // One engine for the whole process, for occasional short reads from any
    // thread: lock `mutex` around every use. A large model (the Latin-script one
    // takes 200 MB) is then loaded once, not once per worker thread. Null engine
    // when it cannot be initialised (*error says why); that is remembered, so a
    // model installed later is used after a restart.
    struct Shared
    {
        TesseractEngine* engine = nullptr;
        QMutex* mutex = nullptr;
    };
    static Shared shared(const QString& languages, QString* error = nullptr);

    // Debian's models: $TESSDATA_PREFIX, else Debian's location.
    static QString dataPath();
    // Tesseract's best models that installer/install-deps.sh puts beside Debian's
    // fast ones: $CLAIMDESK_TESSDATA, else /usr/local/share/claimdesk/tessdata.
    // They read receipts' dates and totals better at about the same speed.
    static QString bestModelsPath();
    // The folder `languages` ("eng+tha") are loaded from: the best models' when it
    // holds every one of them, else Debian's. One folder for all, as Tesseract
    // loads a combination from one place.
    static QString dataPathFor(const QString& languages);
    // Whether `languages` load from the best models (for the notice that says
    // which models read a document).
    static bool usesBestModels(const QString& languages);
    // Languages installed in either folder, as they were when first asked.
    static QStringList installedLanguages();

private:
    QString m_languages;
    std::unique_ptr<tesseract::TessBaseAPI> m_api;
    bool m_ready = false;
    Layout m_layout = Layout::SingleBlock;
};

} // namespace ClaimDesk
