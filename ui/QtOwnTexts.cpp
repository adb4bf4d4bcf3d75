// Qt ships no Thai for its own widgets (Debian's qt6-translations-l10n has no
// qtbase_th), so a Thai desk would see OK, Cancel and the file dialog in English.
// Their texts are listed here under Qt's own translation contexts: lupdate puts
// them in claimdesk_th.ts, and ClaimDesk's translator answers for Qt. Nothing
// here runs.
#include <QtGlobal>

namespace {

struct QtText
{
    const char* context;
    const char* text;
};

[[maybe_unused]] constexpr QtText QtOwnTexts[] = {
    // QDialogButtonBox and QMessageBox buttons
    { "QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "OK") },
    { "QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Save") },
    { "QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Save All") },
    { "QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Open") },
    { "QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes") },
    { "QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Yes to &All") },
    { "QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "&No") },
    { "QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "N&o to All") },
    { "QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Abort") },
    { "QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Retry") },
    { "QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Ignore") },
    { "QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Close") },
    { "QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel") },
    { "QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Discard") },
    { "QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Help") },
    { "QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Apply") },
    { "QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Reset") },
    { "QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Restore Defaults") },
    { "QMessageBox", QT_TRANSLATE_NOOP("QMessageBox", "Show Details...") },
    { "QMessageBox", QT_TRANSLATE_NOOP("QMessageBox", "Hide Details...") },
    // Qt's own file dialog (where the desktop offers none)
    { "QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Look in:") },
    { "QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "File &name:") },
    { "QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Files of type:") },
    { "QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "&Open") },
    { "QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "&Save") },
    { "QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "&Choose") },
    { "QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Open") },
    { "QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Save As") },
    { "QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Directory:") },
    { "QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Back") },
    { "QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Forward") },
    { "QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Parent Directory") },
    { "QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Create New Folder") },
    { "QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "List View") },
    { "QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Detail View") },
    { "QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Sidebar") },
    { "QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Recent Places") },
    { "QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Show &hidden files") },
    { "QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "&Rename") },
    { "QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "&Delete") },
    { "QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "&New Folder") },
    { "QFileSystemModel", QT_TRANSLATE_NOOP("QFileSystemModel", "Type") },
    { "QFileSystemModel", QT_TRANSLATE_NOOP("QFileSystemModel", "Date Modified") },
    // the edit menus of line and text fields
    { "QLineEdit", QT_TRANSLATE_NOOP("QLineEdit", "&Undo") },
    { "QLineEdit", QT_TRANSLATE_NOOP("QLineEdit", "&Redo") },
    { "QLineEdit", QT_TRANSLATE_NOOP("QLineEdit", "Cu&t") },
    { "QLineEdit", QT_TRANSLATE_NOOP("QLineEdit", "&Copy") },
    { "QLineEdit", QT_TRANSLATE_NOOP("QLineEdit", "&Paste") },
    { "QLineEdit", QT_TRANSLATE_NOOP("QLineEdit", "Delete") },
    { "QLineEdit", QT_TRANSLATE_NOOP("QLineEdit", "Select All") },
    { "QWidgetTextControl", QT_TRANSLATE_NOOP("QWidgetTextControl", "&Undo") },
    { "QWidgetTextControl", QT_TRANSLATE_NOOP("QWidgetTextControl", "&Redo") },
    { "QWidgetTextControl", QT_TRANSLATE_NOOP("QWidgetTextControl", "Cu&t") },
    { "QWidgetTextControl", QT_TRANSLATE_NOOP("QWidgetTextControl", "&Copy") },
    { "QWidgetTextControl", QT_TRANSLATE_NOOP("QWidgetTextControl", "&Paste") },
    { "QWidgetTextControl", QT_TRANSLATE_NOOP("QWidgetTextControl", "Delete") },
    { "QWidgetTextControl", QT_TRANSLATE_NOOP("QWidgetTextControl", "Select All") },
};

} // namespace
