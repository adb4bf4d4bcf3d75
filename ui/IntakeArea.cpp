#include "IntakeArea.h"

#include "ChatPane.h"
#include "DropTarget.h"
#include "InboxView.h"
#include "RichText.h"
#include "UiTr.h"
#include "intake/IntakeSession.h"
#include "llmsession/LlmSession.h"

#include <QButtonGroup>
#include <QFileDialog>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace ClaimDesk {

IntakeArea::IntakeArea(DatabaseLocation location, DecisionEngine engine, QWidget* parent)
    : WorkArea(parent)
    , m_location(std::move(location))
    , m_engine(std::move(engine))
{
    m_session = new IntakeSession(this);
    m_chat = new ChatPane(m_session, this);
    connect(m_chat, &ChatPane::claimChanged, this, &IntakeArea::bookChanged);
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_chat, UiTr::tr("C&onversation"));
    m_tabs->addTab(buildQuickImport(), UiTr::tr("&Quick import"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
}

void IntakeArea::showEvent(QShowEvent* event)
{
    WorkArea::showEvent(event);
    if (!m_opened) { // the conversation's thread and connection start when first needed
        m_opened = true;
        m_session->open(m_location, m_engine);
    }
}

void IntakeArea::setInboxWatch(InboxWatch* watch)
{
    m_inbox = new InboxView(watch, this);
    connect(m_inbox, &InboxView::claimRequested, this, &IntakeArea::claimRequested);
    m_tabs->addTab(m_inbox, UiTr::tr("&Inbox"));
}

void IntakeArea::setLlmSession(LlmSession* llm)
{
    m_session->setLlmClient(llm->client());
    connect(llm, &LlmSession::changed, m_session,
        [this, llm] { m_session->setLlmClient(llm->client()); });
}

QWidget* IntakeArea::buildQuickImport()
{
    auto* page = new QWidget(this);
    auto* title = new QLabel(RichText::heading(UiTr::tr("Quick import"), 2)
            + RichText::paragraph(
                UiTr::tr("Choose the kind of claim, then drop the customer's documents (bills, "
                         "receipts, ID card, licence, photos) below or pick them from a folder. A "
                         "claim is opened and the documents are stored on it.")),
        this);
    title->setWordWrap(true);

    auto* typeBox = new QGroupBox(UiTr::tr("Kind of claim"), this);
    auto* health = new QRadioButton(UiTr::tr("&Health"), typeBox);
    auto* car = new QRadioButton(UiTr::tr("&Car damage"), typeBox);
    health->setChecked(true);
    m_type = new QButtonGroup(this);
    m_type->addButton(health, static_cast<int>(ClaimType::Health));
    m_type->addButton(car, static_cast<int>(ClaimType::CarDamage));
    auto* typeLayout = new QHBoxLayout(typeBox);
    typeLayout->addWidget(health);
    typeLayout->addWidget(car);
    typeLayout->addStretch();

    auto* drop
        = new DropTarget(UiTr::tr("Drop documents here\n(JPEG, PNG, WebP, TIFF or PDF)"), this);
    auto* browse = new QPushButton(UiTr::tr("Choose &files..."), this);

    auto target
        = [this] { return ImportTarget::newClaim(static_cast<ClaimType>(m_type->checkedId())); };
    connect(drop, &DropTarget::filesDropped, this,
        [this, target](const QStringList& files) { Q_EMIT filesChosen(files, target()); });
    connect(browse, &QPushButton::clicked, this, [this, target] {
        const QStringList files = QFileDialog::getOpenFileNames(this,
            UiTr::tr("Documents for a new claim"), QString(),
            UiTr::tr("Documents (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.pdf);;All files (*)"));
        if (!files.isEmpty())
            Q_EMIT filesChosen(files, target());
    });

    auto* layout = new QVBoxLayout(page);
    layout->addWidget(title);
    layout->addWidget(typeBox);
    layout->addWidget(drop, 1);
    layout->addWidget(browse, 0, Qt::AlignLeft);
    return page;
}

} // namespace ClaimDesk
