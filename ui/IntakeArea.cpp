#include "IntakeArea.h"

#include "DropTarget.h"

#include <QButtonGroup>
#include <QFileDialog>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace ClaimDesk {

IntakeArea::IntakeArea(Database db, QWidget* parent)
    : WorkArea(parent)
    , m_db(std::move(db))
{
    auto* title
        = new QLabel(tr("<h2>New claim</h2><p>Choose the kind of claim, then drop the customer's "
                        "documents (bills, receipts, ID card, licence, photos) below or pick them "
                        "from a folder. A claim is opened and the documents are stored on it.</p>"),
            this);
    title->setWordWrap(true);

    auto* typeBox = new QGroupBox(tr("Kind of claim"), this);
    auto* health = new QRadioButton(tr("&Health"), typeBox);
    auto* car = new QRadioButton(tr("&Car damage"), typeBox);
    health->setChecked(true);
    m_type = new QButtonGroup(this);
    m_type->addButton(health, static_cast<int>(ClaimType::Health));
    m_type->addButton(car, static_cast<int>(ClaimType::CarDamage));
    auto* typeLayout = new QHBoxLayout(typeBox);
    typeLayout->addWidget(health);
    typeLayout->addWidget(car);
    typeLayout->addStretch();

    auto* drop = new DropTarget(tr("Drop documents here\n(JPEG, PNG, WebP, TIFF or PDF)"), this);
    auto* browse = new QPushButton(tr("Choose &files..."), this);

    auto target = [this] {
        return ImportTarget { {}, static_cast<ClaimType>(m_type->checkedId()) };
    };
    connect(drop, &DropTarget::filesDropped, this,
        [this, target](const QStringList& files) { Q_EMIT filesChosen(files, target()); });
    connect(browse, &QPushButton::clicked, this, [this, target] {
        const QStringList files
            = QFileDialog::getOpenFileNames(this, tr("Documents for a new claim"), QString(),
                tr("Documents (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.pdf);;All files (*)"));
        if (!files.isEmpty())
            Q_EMIT filesChosen(files, target());
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(typeBox);
    layout->addWidget(drop, 1);
    layout->addWidget(browse, 0, Qt::AlignLeft);
}

} // namespace ClaimDesk
