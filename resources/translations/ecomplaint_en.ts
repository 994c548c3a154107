<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ecomplaint/ui/dialogs/about.py" line="105"/>
        <source>About eComplaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/dialogs/about.py" line="121"/>
        <source>Version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/dialogs/about.py" line="125"/>
        <source>Keeps an honest, dated record of an e-commerce dispute, watches the other side&apos;s promises and turns the record into an evidence dossier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/dialogs/about.py" line="131"/>
        <source>eComplaint is free software under the {licence} licence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/dialogs/about.py" line="145"/>
        <location filename="../../ecomplaint/ui/dialogs/about.py" line="175"/>
        <source>Libraries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/dialogs/about.py" line="150"/>
        <source>Font: {font}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseActions</name>
    <message>
        <location filename="../../ecomplaint/ui/cases/actions.py" line="81"/>
        <source>E&amp;scalate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/actions.py" line="82"/>
        <source>Export deadlines to &amp;calendar (.ics)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/actions.py" line="123"/>
        <source>Suggested next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/actions.py" line="130"/>
        <source>Next: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/actions.py" line="134"/>
        <source>escalate by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/actions.py" line="137"/>
        <source>they must answer within %1 of your escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ecomplaint/ui/cases/actions.py" line="146"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ecomplaint/ui/cases/actions.py" line="147"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ecomplaint/ui/cases/actions.py" line="148"/>
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ecomplaint/ui/cases/actions.py" line="149"/>
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n working day</numerusform>
            <numerusform>%n working days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ecomplaint/ui/cases/actions.py" line="150"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/actions.py" line="164"/>
        <source>%1&apos;s promise is overdue: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/actions.py" line="168"/>
        <source>a promise is overdue: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/actions.py" line="169"/>
        <source>a promise is overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/actions.py" line="171"/>
        <source>they made a final offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/actions.py" line="174"/>
        <source>they refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/actions.py" line="183"/>
        <source>&amp;Resume the clocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/actions.py" line="183"/>
        <source>&amp;Pause the clocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/actions.py" line="194"/>
        <source>escalate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/actions.py" line="205"/>
        <source>resume the clocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/actions.py" line="205"/>
        <source>pause the clocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/actions.py" line="211"/>
        <source>Export deadlines to calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/actions.py" line="220"/>
        <source>Calendar exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/actions.py" line="221"/>
        <source>%1 deadlines written to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseConflict</name>
    <message>
        <location filename="../../ecomplaint/ui/cases/conflict.py" line="22"/>
        <source>Yours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/conflict.py" line="23"/>
        <source>Now saved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/conflict.py" line="37"/>
        <location filename="../../ecomplaint/ui/cases/conflict.py" line="61"/>
        <source>Changed by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/conflict.py" line="43"/>
        <source>This case was changed by someone else after you opened it. Nothing was saved. Which values should it keep?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/conflict.py" line="53"/>
        <source>Use mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/conflict.py" line="56"/>
        <source>Keep the saved values</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <location filename="../../ecomplaint/ui/cases/dialog.py" line="60"/>
        <source>Edit case</source>
        <translation>Edit case</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/dialog.py" line="60"/>
        <source>New case</source>
        <translation>New case</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/dialog.py" line="66"/>
        <source>Error message</source>
        <translation>Error message</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/dialog.py" line="92"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/dialog.py" line="94"/>
        <source>comma separated</source>
        <translation>comma separated</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/dialog.py" line="96"/>
        <source>(from the platform)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/dialog.py" line="111"/>
        <source>&amp;Title</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/dialog.py" line="112"/>
        <source>&amp;Platform</source>
        <translation>&amp;Platform</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/dialog.py" line="113"/>
        <source>&amp;Merchant or store</source>
        <translation>&amp;Merchant or store</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/dialog.py" line="114"/>
        <source>&amp;Order number</source>
        <translation>&amp;Order number</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/dialog.py" line="115"/>
        <source>Order &amp;date</source>
        <translation>Order &amp;date</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/dialog.py" line="116"/>
        <source>P&amp;roduct</source>
        <translation>P&amp;roduct</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/dialog.py" line="117"/>
        <source>&amp;Amount paid</source>
        <translation>&amp;Amount paid</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/dialog.py" line="118"/>
        <source>C&amp;urrency</source>
        <translation>C&amp;urrency</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/dialog.py" line="119"/>
        <source>Ser&amp;vices bought (one per line)</source>
        <translation>Ser&amp;vices bought (one per line)</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/dialog.py" line="120"/>
        <source>D&amp;emands (one per line)</source>
        <translation>D&amp;emands (one per line)</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/dialog.py" line="121"/>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/dialog.py" line="122"/>
        <source>Ta&amp;gs</source>
        <translation>Ta&amp;gs</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/dialog.py" line="123"/>
        <source>Complainant &amp;name</source>
        <translation>Complainant &amp;name</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/dialog.py" line="124"/>
        <source>Complainant &amp;phone</source>
        <translation>Complainant &amp;phone</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/dialog.py" line="125"/>
        <source>Complainant add&amp;ress</source>
        <translation>Complainant add&amp;ress</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/dialog.py" line="126"/>
        <source>Complainant &amp;ID number</source>
        <translation>Complainant &amp;ID number</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/dialog.py" line="127"/>
        <source>Case &amp;language</source>
        <translation>Case &amp;language</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/dialog.py" line="128"/>
        <source>Escalation lad&amp;der</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/dialog.py" line="129"/>
        <source>Countr&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/dialog.py" line="130"/>
        <source>Time &amp;zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/dialog.py" line="131"/>
        <source>&amp;Working-day calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/dialog.py" line="132"/>
        <source>Ass&amp;igned to</source>
        <translation>Ass&amp;igned to</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/dialog.py" line="133"/>
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/dialog.py" line="138"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/dialog.py" line="139"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/dialog.py" line="140"/>
        <source>Dialog buttons</source>
        <translation>Dialog buttons</translation>
    </message>
</context>
<context>
    <name>CaseFilters</name>
    <message>
        <location filename="../../ecomplaint/ui/cases/filters.py" line="70"/>
        <source>Search titles, merchants, orders, notes, quotes (Ctrl+F)</source>
        <translation>Search titles, merchants, orders, notes, quotes (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/filters.py" line="72"/>
        <source>Search cases</source>
        <translation>Search cases</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/filters.py" line="73"/>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/filters.py" line="74"/>
        <source>Filter by tag</source>
        <translation>Filter by tag</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/filters.py" line="75"/>
        <source>Overdue only</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/filters.py" line="76"/>
        <source>Show only cases with an overdue promise</source>
        <translation>Show only cases with an overdue promise</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/filters.py" line="77"/>
        <source>Filter by status</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/filters.py" line="78"/>
        <source>Filter by platform</source>
        <translation>Filter by platform</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/filters.py" line="79"/>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/filters.py" line="81"/>
        <source>All platforms</source>
        <translation>All platforms</translation>
    </message>
</context>
<context>
    <name>CaseHeader</name>
    <message>
        <location filename="../../ecomplaint/ui/cases/header.py" line="68"/>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/header.py" line="69"/>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/header.py" line="70"/>
        <source>Amount paid</source>
        <translation>Amount paid</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/header.py" line="71"/>
        <source>Services bought</source>
        <translation>Services bought</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/header.py" line="72"/>
        <source>Demands</source>
        <translation>Demands</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/header.py" line="73"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/header.py" line="74"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/header.py" line="75"/>
        <source>Jurisdiction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/header.py" line="80"/>
        <source>Case title</source>
        <translation>Case title</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/header.py" line="81"/>
        <source>Case details</source>
        <translation>Case details</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/header.py" line="87"/>
        <source>No case open. Press Ctrl+N to start one.</source>
        <translation>No case open. Press Ctrl+N to start one.</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <location filename="../../ecomplaint/ui/cases/list_model.py" line="55"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/list_model.py" line="56"/>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/list_model.py" line="57"/>
        <source>Merchant</source>
        <translation>Merchant</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/list_model.py" line="58"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/list_model.py" line="59"/>
        <source>Next deadline</source>
        <translation>Next deadline</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/list_model.py" line="60"/>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/list_model.py" line="168"/>
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
</context>
<context>
    <name>EscalateDialog</name>
    <message>
        <location filename="../../ecomplaint/ui/cases/escalate_dialog.py" line="41"/>
        <location filename="../../ecomplaint/ui/cases/escalate_dialog.py" line="86"/>
        <source>Escalate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/escalate_dialog.py" line="46"/>
        <location filename="../../ecomplaint/ui/cases/escalate_dialog.py" line="75"/>
        <source>Rung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/escalate_dialog.py" line="57"/>
        <source>No escalation ladder fits this case&apos;s platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/escalate_dialog.py" line="70"/>
        <location filename="../../ecomplaint/ui/cases/escalate_dialog.py" line="81"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/escalate_dialog.py" line="72"/>
        <location filename="../../ecomplaint/ui/cases/escalate_dialog.py" line="82"/>
        <source>Reference number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/escalate_dialog.py" line="73"/>
        <source>e.g. the complaint number it gave you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/escalate_dialog.py" line="109"/>
        <source>Its rules promise: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message numerus="yes">
        <location filename="../../ecomplaint/ui/evidence/attach.py" line="30"/>
        <source>Fingerprinting and copying %n file(s)…</source>
        <translation>
            <numerusform>Fingerprinting and copying %n file…</numerusform>
            <numerusform>Fingerprinting and copying %n files…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/attach.py" line="68"/>
        <source>%1 of %2 files · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/verify.py" line="22"/>
        <source>Checking the fingerprints of all evidence files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/actions.py" line="34"/>
        <source>Save a copy of the original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/actions.py" line="67"/>
        <location filename="../../ecomplaint/ui/evidence/actions.py" line="71"/>
        <source>Copy not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/actions.py" line="120"/>
        <location filename="../../ecomplaint/ui/evidence/actions.py" line="125"/>
        <source>Cannot open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/actions.py" line="126"/>
        <source>No program is set up to open this kind of file. Save a copy instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/actions.py" line="137"/>
        <source>Remove evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/actions.py" line="138"/>
        <source>Move “%1” to the trash? You can restore it until the trash is emptied; the stored file is kept until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/origin.py" line="15"/>
        <source>Redacted copy of an exhibit that is in the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/origin.py" line="19"/>
        <source>Redacted copy of E%1 (original fingerprint %2…)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <location filename="../../ecomplaint/ui/evidence/panel.py" line="157"/>
        <source>Attach files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/panel.py" line="158"/>
        <source>Cancel</source>
        <translation type="unfinished">Cancel</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/panel.py" line="159"/>
        <location filename="../../ecomplaint/ui/evidence/panel.py" line="160"/>
        <source>Stop reading the pictures&apos; text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/panel.py" line="161"/>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/panel.py" line="179"/>
        <source>Evidence of the selected entry (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/panel.py" line="184"/>
        <source>All evidence of the case (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/panel.py" line="186"/>
        <source>No case open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/panel.py" line="204"/>
        <source>Attach files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/panel.py" line="223"/>
        <source>Attaching evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/panel.py" line="240"/>
        <source>Some files were not attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/panel.py" line="224"/>
        <source>Nothing was attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/panel.py" line="280"/>
        <source>Text not read — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/panel.py" line="301"/>
        <source>remove evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/panel.py" line="326"/>
        <source>%1 evidence file(s) are missing or were altered; they are marked in red.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/panel.py" line="329"/>
        <source>Every evidence file matches its fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/panel.py" line="310"/>
        <location filename="../../ecomplaint/ui/evidence/panel.py" line="311"/>
        <location filename="../../ecomplaint/ui/evidence/panel.py" line="331"/>
        <source>Verify evidence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceStrip</name>
    <message>
        <location filename="../../ecomplaint/ui/evidence/strip.py" line="280"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/strip.py" line="282"/>
        <source>Save a copy of the original…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/strip.py" line="285"/>
        <source>Read text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/strip.py" line="288"/>
        <source>Make entries from this picture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/strip.py" line="292"/>
        <source>Remove (to the trash)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceStripModel</name>
    <message>
        <location filename="../../ecomplaint/ui/evidence/strip.py" line="188"/>
        <source>SHA-256: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/strip.py" line="192"/>
        <source>Captured: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/strip.py" line="197"/>
        <source>Added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/strip.py" line="206"/>
        <source>⚠ This file failed verification: it is missing or was altered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ecomplaint/ui/files/export_dialog.py" line="107"/>
        <source>Export dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/files/export_dialog.py" line="118"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/files/export_dialog.py" line="122"/>
        <source>Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/files/export_dialog.py" line="124"/>
        <source>Redact: mask my name, phone numbers, ID numbers and address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/files/export_dialog.py" line="126"/>
        <source>Attach the original files inside the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/files/export_dialog.py" line="133"/>
        <source>Open the PDF when done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/files/export_dialog.py" line="136"/>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/files/export_dialog.py" line="147"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/files/export_dialog.py" line="152"/>
        <source>Save as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/files/export_dialog.py" line="163"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/files/export_dialog.py" line="168"/>
        <source>Export anyway, marked ALTERED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/files/export_dialog.py" line="204"/>
        <source>Save dossier as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/files/export_dialog.py" line="245"/>
        <location filename="../../ecomplaint/ui/files/export_dialog.py" line="248"/>
        <source>Building the dossier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/files/export_dialog.py" line="274"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/files/export_dialog.py" line="288"/>
        <source>Saved {path}: {pages} pages, {kb} KB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/files/export_dialog.py" line="293"/>
        <source>Marked ALTERED or MISSING in the dossier: {list}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/files/export_dialog.py" line="298"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/files/export_dialog.py" line="312"/>
        <source>Export cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../ecomplaint/ui/files/actions.py" line="96"/>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/files/actions.py" line="104"/>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/files/actions.py" line="105"/>
        <source>Backup saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/files/actions.py" line="105"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/files/actions.py" line="106"/>
        <source>No backup was made</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoffActions</name>
    <message>
        <location filename="../../ecomplaint/ui/files/handoff.py" line="127"/>
        <source>Exporting the case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/files/handoff.py" line="142"/>
        <source>Reading the case file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/files/handoff.py" line="154"/>
        <source>Import this case?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/files/handoff.py" line="155"/>
        <source>Import the case file? Nothing has been written yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/files/handoff.py" line="162"/>
        <source>Importing the case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/files/handoff.py" line="172"/>
        <source>Case exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/files/handoff.py" line="173"/>
        <source>Saved {path}: {entries} entries, {files} evidence files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/files/handoff.py" line="181"/>
        <source>Imported the new case “{title}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/files/handoff.py" line="183"/>
        <source>Updated the case “{title}” from the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/files/handoff.py" line="184"/>
        <source>Case imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/files/handoff.py" line="129"/>
        <location filename="../../ecomplaint/ui/files/handoff.py" line="144"/>
        <location filename="../../ecomplaint/ui/files/handoff.py" line="164"/>
        <source>Nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageViewerDialog</name>
    <message>
        <location filename="../../ecomplaint/ui/evidence/viewer.py" line="221"/>
        <source>Fit to window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/viewer.py" line="222"/>
        <source>Actual size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/viewer.py" line="223"/>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/viewer.py" line="224"/>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/viewer.py" line="228"/>
        <source>Save a copy of the original…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/viewer.py" line="233"/>
        <source>Read text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/viewer.py" line="235"/>
        <source>Copy lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/viewer.py" line="243"/>
        <source>Make entries from selected lines…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/viewer.py" line="248"/>
        <source>Redact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/viewer.py" line="252"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/viewer.py" line="254"/>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/viewer.py" line="275"/>
        <source>Picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/viewer.py" line="276"/>
        <source>Text read from the picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/viewer.py" line="284"/>
        <source>This image is too large to show ({width} × {height} pixels). The stored file is kept as it is; save a copy to inspect it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/viewer.py" line="289"/>
        <source>This image cannot be shown (damaged or unsupported). The stored file is kept as it is; save a copy to inspect it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/viewer.py" line="327"/>
        <source>Looking for the text read from this picture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/viewer.py" line="346"/>
        <source>Apply: make a redacted copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/viewer.py" line="349"/>
        <source>Cancel</source>
        <translation type="unfinished">Cancel</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/viewer.py" line="364"/>
        <source>captured %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/viewer.py" line="402"/>
        <source>The text of this picture has not been read yet. Read text: Ctrl+R.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/viewer.py" line="438"/>
        <source>No text was found in this picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/viewer.py" line="440"/>
        <source>%1 lines read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/viewer.py" line="445"/>
        <source>Selected: line(s) %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/viewer.py" line="447"/>
        <source>Click a line or drag over lines to select them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/viewer.py" line="461"/>
        <source>Reading the text of this picture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/viewer.py" line="524"/>
        <source>Remove this box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/viewer.py" line="525"/>
        <source>Add a box here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/viewer.py" line="547"/>
        <source>Looking for personal data in the text read…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/viewer.py" line="570"/>
        <source>%1 box(es) will be filled solid black in a new copy; the original stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/viewer.py" line="573"/>
        <source>No personal data was proposed: draw boxes over what must be hidden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/viewer.py" line="579"/>
        <source>Drag on the picture to add a box, drag a box to move it or its corner to resize it; Delete removes it. Keys: Tab next box, arrows move (Shift: size), Insert adds, Ctrl+Enter applies, Escape cancels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/viewer.py" line="603"/>
        <source>redact picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/viewer.py" line="613"/>
        <source>Making the redacted copy and checking it…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportRecordsDialog</name>
    <message>
        <location filename="../../ecomplaint/ui/timeline/import_records.py" line="307"/>
        <source>Import calls, messages or e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/import_records.py" line="308"/>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/import_records.py" line="310"/>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/import_records.py" line="311"/>
        <source>&amp;Time zone of the file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/import_records.py" line="312"/>
        <source>&amp;Date order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/import_records.py" line="313"/>
        <source>Only &amp;contact (name or number contains):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/import_records.py" line="314"/>
        <source>Only these &amp;numbers (comma between):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/import_records.py" line="315"/>
        <source>Dates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/import_records.py" line="321"/>
        <source>Decide from the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/import_records.py" line="322"/>
        <source>Day before month (31/12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/import_records.py" line="323"/>
        <source>Month before day (12/31)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/import_records.py" line="325"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/import_records.py" line="326"/>
        <source>to (inclusive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/import_records.py" line="327"/>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/import_records.py" line="328"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/import_records.py" line="334"/>
        <source>Choose a call log, message backup, e-mail or chat export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/import_records.py" line="336"/>
        <source>Records (*.xml *.eml *.mbox *.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/import_records.py" line="379"/>
        <source>Reading the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ecomplaint/ui/timeline/import_records.py" line="395"/>
        <source>%n new record(s)</source>
        <translation>
            <numerusform>%n new record</numerusform>
            <numerusform>%n new records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ecomplaint/ui/timeline/import_records.py" line="398"/>
        <source>%n already in the case</source>
        <translation>
            <numerusform>%n already in the case</numerusform>
            <numerusform>%n already in the case</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ecomplaint/ui/timeline/import_records.py" line="400"/>
        <source>%n unreadable, left out</source>
        <translation>
            <numerusform>%n unreadable, left out</numerusform>
            <numerusform>%n unreadable, left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ecomplaint/ui/timeline/import_records.py" line="402"/>
        <source>%n new part(ies)</source>
        <translation>
            <numerusform>%n new party</numerusform>
            <numerusform>%n new parties</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/import_records.py" line="412"/>
        <source>The options changed: press Preview again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ecomplaint/ui/timeline/import_records.py" line="439"/>
        <source>Import of %n record(s)</source>
        <translation>
            <numerusform>import of %n record</numerusform>
            <numerusform>import of %n records</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/import_records.py" line="454"/>
        <source>Copying the file and adding the records…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ecomplaint/ui/labels.py" line="42"/>
        <source>They contacted me</source>
        <translation>They contacted me</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/labels.py" line="43"/>
        <source>I contacted them</source>
        <translation>I contacted them</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/labels.py" line="44"/>
        <source>No direction</source>
        <translation>No direction</translation>
    </message>
</context>
<context>
    <name>LapseNotifier</name>
    <message>
        <location filename="../../ecomplaint/ui/today/notifier.py" line="32"/>
        <source>%1 overdue, %2 due within 24 hours, %3 waiting on you</source>
        <translation>%1 overdue, %2 due within 24 hours, %3 waiting on you</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/today/notifier.py" line="38"/>
        <source>eComplaint today</source>
        <translation>eComplaint today</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/today/notifier.py" line="53"/>
        <source>Promise lapsed</source>
        <translation>Promise lapsed</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <location filename="../../ecomplaint/ui/cases/letter_dialog.py" line="73"/>
        <source>Draft a letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/letter_dialog.py" line="82"/>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/letter_dialog.py" line="83"/>
        <source>Language</source>
        <translation type="unfinished">Language</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/letter_dialog.py" line="85"/>
        <source>Letter text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/letter_dialog.py" line="86"/>
        <source>Drafting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/letter_dialog.py" line="91"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/letter_dialog.py" line="92"/>
        <source>Save as text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/letter_dialog.py" line="93"/>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/letter_dialog.py" line="94"/>
        <source>Mark as sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/letter_dialog.py" line="96"/>
        <source>Log it as sent: an entry, the letter as its exhibit, the rung&apos;s clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/letter_dialog.py" line="98"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/letter_dialog.py" line="147"/>
        <source>“%1”: %2 characters. %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/letter_dialog.py" line="150"/>
        <source>“%1”: %2 characters, over the form&apos;s limit of %3 (%4): shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/letter_dialog.py" line="153"/>
        <source>“%1”: %2 of %3 characters (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/letter_dialog.py" line="170"/>
        <source>Copied to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/letter_dialog.py" line="176"/>
        <source>Text (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/letter_dialog.py" line="177"/>
        <source>Save the letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/letter_dialog.py" line="197"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/letter_dialog.py" line="222"/>
        <source>Logged as sent: entry #%1, the letter stored as exhibit #%2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogEntryDialog</name>
    <message>
        <location filename="../../ecomplaint/ui/timeline/log_entry_dialog.py" line="139"/>
        <source>Log an entry</source>
        <translation>Log an entry</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/log_entry_dialog.py" line="147"/>
        <source>Error message</source>
        <translation>Error message</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/log_entry_dialog.py" line="169"/>
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/log_entry_dialog.py" line="170"/>
        <source>C&amp;hannel</source>
        <translation>C&amp;hannel</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/log_entry_dialog.py" line="171"/>
        <source>&amp;Direction</source>
        <translation>&amp;Direction</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/log_entry_dialog.py" line="235"/>
        <source>(not a position)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/log_entry_dialog.py" line="239"/>
        <source>Their &amp;position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/log_entry_dialog.py" line="174"/>
        <source>(nobody in particular)</source>
        <translation>(nobody in particular)</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/log_entry_dialog.py" line="178"/>
        <source>New party…</source>
        <translation>New party…</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/log_entry_dialog.py" line="179"/>
        <source>&amp;Who</source>
        <translation>&amp;Who</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/log_entry_dialog.py" line="185"/>
        <source>name or agent ID, e.g. 工号 7731</source>
        <translation>name or agent ID, e.g. 工号 7731</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/log_entry_dialog.py" line="191"/>
        <source>New party&apos;s role</source>
        <translation>New party&apos;s role</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/log_entry_dialog.py" line="192"/>
        <source>New party&apos;s name</source>
        <translation>New party&apos;s name</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/log_entry_dialog.py" line="193"/>
        <source>New party</source>
        <translation>New party</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/log_entry_dialog.py" line="198"/>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/log_entry_dialog.py" line="199"/>
        <source>Earlier today</source>
        <translation>Earlier today</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/log_entry_dialog.py" line="200"/>
        <source>Yesterday</source>
        <translation>Yesterday</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/log_entry_dialog.py" line="201"/>
        <source>Choose date and time</source>
        <translation>Choose date and time</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/log_entry_dialog.py" line="204"/>
        <source>Date and time</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/log_entry_dialog.py" line="205"/>
        <source>&amp;Approximate</source>
        <translation>&amp;Approximate</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/log_entry_dialog.py" line="206"/>
        <source>Approximate time</source>
        <translation>Approximate time</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/log_entry_dialog.py" line="215"/>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/log_entry_dialog.py" line="218"/>
        <source>Whe&amp;n</source>
        <translation>Whe&amp;n</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/log_entry_dialog.py" line="220"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/log_entry_dialog.py" line="225"/>
        <source>What happened, in a sentence or two</source>
        <translation>What happened, in a sentence or two</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/log_entry_dialog.py" line="227"/>
        <source>&amp;Summary</source>
        <translation>&amp;Summary</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/log_entry_dialog.py" line="230"/>
        <source>Their exact words, if you have them</source>
        <translation>Their exact words, if you have them</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/log_entry_dialog.py" line="232"/>
        <source>Verbatim &amp;quote</source>
        <translation>Verbatim &amp;quote</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/log_entry_dialog.py" line="241"/>
        <source>They &amp;promised something</source>
        <translation>They &amp;promised something</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/log_entry_dialog.py" line="242"/>
        <source>They promised something</source>
        <translation>They promised something</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/log_entry_dialog.py" line="244"/>
        <source>Promise</source>
        <translation>Promise</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/log_entry_dialog.py" line="250"/>
        <source>within 24 hours</source>
        <translation>within 24 hours</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/log_entry_dialog.py" line="251"/>
        <source>within 24–48 hours</source>
        <translation>within 24–48 hours</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/log_entry_dialog.py" line="252"/>
        <source>within 48 hours</source>
        <translation>within 48 hours</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/log_entry_dialog.py" line="253"/>
        <source>within 3 working days</source>
        <translation>within 3 working days</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/log_entry_dialog.py" line="254"/>
        <source>custom window</source>
        <translation>custom window</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/log_entry_dialog.py" line="261"/>
        <source>hours</source>
        <translation>hours</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/log_entry_dialog.py" line="262"/>
        <source>working days</source>
        <translation>working days</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/log_entry_dialog.py" line="263"/>
        <source>Window opens after</source>
        <translation>Window opens after</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/log_entry_dialog.py" line="264"/>
        <source>Window closes after</source>
        <translation>Window closes after</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/log_entry_dialog.py" line="265"/>
        <source>Window unit</source>
        <translation>Window unit</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/log_entry_dialog.py" line="269"/>
        <source>from</source>
        <translation>from</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/log_entry_dialog.py" line="271"/>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/log_entry_dialog.py" line="276"/>
        <source>e.g. reply after checking</source>
        <translation>e.g. reply after checking</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/log_entry_dialog.py" line="277"/>
        <source>&amp;What</source>
        <translation>&amp;What</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/log_entry_dialog.py" line="278"/>
        <source>Wi&amp;thin</source>
        <translation>Wi&amp;thin</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/log_entry_dialog.py" line="279"/>
        <source>Custom window</source>
        <translation>Custom window</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/log_entry_dialog.py" line="280"/>
        <source>Desc&amp;ription</source>
        <translation>Desc&amp;ription</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/log_entry_dialog.py" line="286"/>
        <source>Save (Ctrl+Enter)</source>
        <translation>Save (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/log_entry_dialog.py" line="288"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/log_entry_dialog.py" line="325"/>
        <source>Edit entry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ecomplaint/ui/main_window.py" line="439"/>
        <location filename="../../ecomplaint/ui/main_window.py" line="788"/>
        <location filename="../../ecomplaint/ui/main_window.py" line="801"/>
        <location filename="../../ecomplaint/ui/main_window.py" line="819"/>
        <location filename="../../ecomplaint/ui/today/wiring.py" line="90"/>
        <source>eComplaint</source>
        <translation>eComplaint</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/main_window.py" line="440"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/main_window.py" line="441"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/main_window.py" line="442"/>
        <source>&amp;Case</source>
        <translation>&amp;Case</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/main_window.py" line="443"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/main_window.py" line="444"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/main_window.py" line="445"/>
        <source>&amp;New case…</source>
        <translation>&amp;New case…</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/main_window.py" line="446"/>
        <source>&amp;Edit case…</source>
        <translation>&amp;Edit case…</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/main_window.py" line="447"/>
        <source>&amp;Log an entry…</source>
        <translation>&amp;Log an entry…</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/main_window.py" line="448"/>
        <source>&amp;Draft a letter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/main_window.py" line="449"/>
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/main_window.py" line="450"/>
        <source>&amp;Delete to trash</source>
        <translation>&amp;Delete to trash</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/main_window.py" line="451"/>
        <source>Edit the selected entry or &amp;party…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/main_window.py" line="452"/>
        <source>&amp;Trash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/main_window.py" line="453"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/main_window.py" line="454"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/main_window.py" line="455"/>
        <source>&amp;Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/main_window.py" line="456"/>
        <source>&amp;Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/main_window.py" line="457"/>
        <source>&amp;Attach files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/main_window.py" line="458"/>
        <source>&amp;Paste evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/main_window.py" line="459"/>
        <source>&amp;Verify evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/main_window.py" line="460"/>
        <source>E&amp;xport dossier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/main_window.py" line="461"/>
        <source>Export case for a &amp;colleague…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/main_window.py" line="462"/>
        <source>&amp;Import case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/main_window.py" line="463"/>
        <source>Import calls, &amp;messages or e-mail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/main_window.py" line="464"/>
        <source>&amp;Back up now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/main_window.py" line="465"/>
        <source>&amp;Restore from backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/main_window.py" line="466"/>
        <source>&amp;About eComplaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/main_window.py" line="467"/>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/main_window.py" line="468"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/main_window.py" line="471"/>
        <location filename="../../ecomplaint/ui/main_window.py" line="473"/>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/main_window.py" line="472"/>
        <location filename="../../ecomplaint/ui/main_window.py" line="475"/>
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/main_window.py" line="474"/>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/main_window.py" line="476"/>
        <source>Case panels</source>
        <translation>Case panels</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/main_window.py" line="477"/>
        <source>Workspace</source>
        <translation>Workspace</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/main_window.py" line="478"/>
        <source>Workspace tabs</source>
        <translation>Workspace tabs</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/main_window.py" line="479"/>
        <source>Case panel tabs</source>
        <translation>Case panel tabs</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/main_window.py" line="480"/>
        <source>Number of cases shown</source>
        <translation>Number of cases shown</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/main_window.py" line="499"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Undo %1</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/main_window.py" line="500"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Redo %1</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/main_window.py" line="611"/>
        <source>Cases shown: %1</source>
        <translation>Cases shown: %1</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/main_window.py" line="739"/>
        <source>new case</source>
        <translation>new case</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/main_window.py" line="764"/>
        <location filename="../../ecomplaint/ui/main_window.py" line="783"/>
        <source>edit case</source>
        <translation>edit case</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/main_window.py" line="788"/>
        <location filename="../../ecomplaint/ui/main_window.py" line="801"/>
        <location filename="../../ecomplaint/ui/main_window.py" line="819"/>
        <source>Open or create a case first.</source>
        <translation>Open or create a case first.</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/main_window.py" line="833"/>
        <source>log entry</source>
        <translation>log entry</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/main_window.py" line="870"/>
        <source>edit entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/main_window.py" line="883"/>
        <source>edit party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/main_window.py" line="897"/>
        <source>restore from trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/main_window.py" line="914"/>
        <source>delete entry</source>
        <translation>delete entry</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/main_window.py" line="922"/>
        <source>delete party</source>
        <translation>delete party</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/main_window.py" line="928"/>
        <source>delete case</source>
        <translation>delete case</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/main_window.py" line="935"/>
        <source>Delete entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/main_window.py" line="937"/>
        <source>This entry holds %1 evidence file(s). Move it and its evidence to the trash? You can undo this.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MakeEntriesDialog</name>
    <message>
        <location filename="../../ecomplaint/ui/evidence/make_entries.py" line="413"/>
        <source>Make entries from the screenshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/make_entries.py" line="414"/>
        <source>&amp;Messages are:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/make_entries.py" line="415"/>
        <source>&amp;With:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/make_entries.py" line="419"/>
        <source>Text messages (SMS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/make_entries.py" line="420"/>
        <source>App chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/make_entries.py" line="421"/>
        <source>A note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/make_entries.py" line="428"/>
        <source>Double-click a time, side, party or the words to correct them. Each entry keeps the picture&apos;s fingerprint and the lines it quotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/make_entries.py" line="432"/>
        <source>&amp;Make entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/make_entries.py" line="434"/>
        <source>Reading the screenshot&apos;s text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/make_entries.py" line="440"/>
        <source>(nobody)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ecomplaint/ui/evidence/make_entries.py" line="479"/>
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ecomplaint/ui/evidence/make_entries.py" line="482"/>
        <source>%n already made</source>
        <translation>
            <numerusform>%n already made</numerusform>
            <numerusform>%n already made</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ecomplaint/ui/evidence/make_entries.py" line="485"/>
        <source>%n time(s) to check (⚠)</source>
        <translation>
            <numerusform>%n time to check (⚠)</numerusform>
            <numerusform>%n times to check (⚠)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/make_entries.py" line="487"/>
        <source>not laid out as a chat: one note quoting the lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/make_entries.py" line="489"/>
        <source>no message in the lines chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/make_entries.py" line="498"/>
        <source>line %1 is a time stamp (it dates the messages under it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/make_entries.py" line="499"/>
        <source>line %1 is a message&apos;s own time (used as its time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/make_entries.py" line="500"/>
        <source>line %1 has no words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/make_entries.py" line="502"/>
        <source>line %1 is not part of any message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/make_entries.py" line="504"/>
        <source>chosen but not quoted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ecomplaint/ui/evidence/make_entries.py" line="520"/>
        <source>%n entry(ies) from a screenshot</source>
        <translation>
            <numerusform>%n entry from a screenshot</numerusform>
            <numerusform>%n entries from a screenshot</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ops</name>
    <message>
        <location filename="../../ecomplaint/ui/ops.py" line="73"/>
        <source>Something went wrong: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/ops.py" line="478"/>
        <source>Cancel</source>
        <translation type="unfinished">Cancel</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/ops.py" line="519"/>
        <source>eComplaint</source>
        <translation type="unfinished">eComplaint</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <location filename="../../ecomplaint/ui/timeline/overview.py" line="122"/>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/overview.py" line="123"/>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/overview.py" line="124"/>
        <source>Chats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/overview.py" line="125"/>
        <source>Harassment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/overview.py" line="126"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartyDialog</name>
    <message>
        <location filename="../../ecomplaint/ui/cases/party_dialog.py" line="34"/>
        <source>Edit party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/party_dialog.py" line="52"/>
        <source>&amp;Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/party_dialog.py" line="53"/>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/party_dialog.py" line="54"/>
        <source>&amp;Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/party_dialog.py" line="55"/>
        <source>&amp;Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/party_dialog.py" line="56"/>
        <source>N&amp;otes</source>
        <translation type="unfinished">N&amp;otes</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/party_dialog.py" line="65"/>
        <source>Save</source>
        <translation type="unfinished">Save</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/party_dialog.py" line="66"/>
        <source>Cancel</source>
        <translation type="unfinished">Cancel</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../ecomplaint/ui/dialogs/preferences.py" line="28"/>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/dialogs/preferences.py" line="31"/>
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/dialogs/preferences.py" line="35"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/dialogs/preferences.py" line="37"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/dialogs/preferences.py" line="43"/>
        <source>empty: this computer&apos;s own database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/dialogs/preferences.py" line="53"/>
        <source>Each case&apos;s own time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/dialogs/preferences.py" line="61"/>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/dialogs/preferences.py" line="62"/>
        <source>Team database URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/dialogs/preferences.py" line="63"/>
        <source>Shared evidence folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/dialogs/preferences.py" line="64"/>
        <source>Largest evidence file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/dialogs/preferences.py" line="65"/>
        <source>Automatic backups kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/dialogs/preferences.py" line="66"/>
        <source>Show times in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/dialogs/preferences.py" line="71"/>
        <source>A new database URL or evidence folder applies when eComplaint restarts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/dialogs/preferences.py" line="76"/>
        <source>The window switches language as soon as you press OK.</source>
        <translation>The window switches language as soon as you press OK.</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/dialogs/preferences.py" line="82"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/dialogs/preferences.py" line="83"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../ecomplaint/ui/timeline/import_records.py" line="132"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/import_records.py" line="133"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/import_records.py" line="134"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/import_records.py" line="135"/>
        <source>Party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/import_records.py" line="136"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/import_records.py" line="137"/>
        <source>Already in the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/import_records.py" line="142"/>
        <source>Imported before from this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/import_records.py" line="143"/>
        <source>Same time, party and text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/import_records.py" line="144"/>
        <source>Repeated in this file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProposalModel</name>
    <message>
        <location filename="../../ecomplaint/ui/evidence/make_entries.py" line="134"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/make_entries.py" line="135"/>
        <source>Time (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/make_entries.py" line="136"/>
        <source>Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/make_entries.py" line="137"/>
        <source>Party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/make_entries.py" line="138"/>
        <source>Words (verbatim)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/make_entries.py" line="139"/>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/make_entries.py" line="140"/>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/make_entries.py" line="145"/>
        <source>them → me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/make_entries.py" line="146"/>
        <source>me → them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/make_entries.py" line="147"/>
        <source>neither</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/make_entries.py" line="151"/>
        <source>Time of the stamp below it: check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/make_entries.py" line="152"/>
        <source>No time stamp: the time of the screenshot. Check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/make_entries.py" line="153"/>
        <source>No time on the picture: the time it was added. Check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/make_entries.py" line="154"/>
        <source>Day counted from when the file was added: check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/make_entries.py" line="155"/>
        <source>No time: give one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/make_entries.py" line="159"/>
        <source>Already made from these lines: entry #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/make_entries.py" line="167"/>
        <source>about %1</source>
        <translation type="unfinished">about %1</translation>
    </message>
</context>
<context>
    <name>Reading</name>
    <message>
        <location filename="../../ecomplaint/ui/evidence/reading.py" line="61"/>
        <source>The text of this picture could not be read. The exhibit is stored and verified as usual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/reading.py" line="222"/>
        <location filename="../../ecomplaint/ui/evidence/reading.py" line="256"/>
        <source>Reading text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/reading.py" line="268"/>
        <source>Reading text: %1 of %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../ecomplaint/ui/files/restore_dialog.py" line="77"/>
        <location filename="../../ecomplaint/ui/files/restore_dialog.py" line="136"/>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/files/restore_dialog.py" line="84"/>
        <source>This backup holds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/files/restore_dialog.py" line="90"/>
        <source>Restoring replaces all cases and evidence in this store by the backup&apos;s. The current state is backed up first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/files/restore_dialog.py" line="99"/>
        <source>Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/files/restore_dialog.py" line="115"/>
        <source>This file cannot be restored:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/files/restore_dialog.py" line="128"/>
        <source>Replace the current store?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/files/restore_dialog.py" line="129"/>
        <source>All cases and evidence will be replaced by the backup. Continue?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/files/restore_dialog.py" line="140"/>
        <source>Cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/files/restore_dialog.py" line="156"/>
        <source>Restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/files/restore_dialog.py" line="157"/>
        <source>The store was restored. The previous state was kept in {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/files/restore_dialog.py" line="165"/>
        <source>The restore did not happen:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartupFrame</name>
    <message>
        <location filename="../../ecomplaint/ui/dialogs/startup_frame.py" line="24"/>
        <source>Opening your cases…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/dialogs/startup_frame.py" line="24"/>
        <source>Connecting to the team database…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <location filename="../../ecomplaint/ui/dialogs/store_error.py" line="15"/>
        <source>The eComplaint data could not be opened</source>
        <translation>The eComplaint data could not be opened</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/dialogs/store_error.py" line="22"/>
        <source>File: %1</source>
        <translation>File: %1</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/dialogs/store_error.py" line="24"/>
        <source>Backups (newest first):</source>
        <translation>Backups (newest first):</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/dialogs/store_error.py" line="27"/>
        <source>No backups were found.</source>
        <translation>No backups were found.</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../../ecomplaint/ui/timeline/model.py" line="59"/>
        <source>by %1</source>
        <translation>by %1</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/model.py" line="65"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/model.py" line="67"/>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/model.py" line="73"/>
        <source>Evidence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/model.py" line="81"/>
        <source>Monday</source>
        <translation>Monday</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/model.py" line="82"/>
        <source>Tuesday</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/model.py" line="83"/>
        <source>Wednesday</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/model.py" line="84"/>
        <source>Thursday</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/model.py" line="85"/>
        <source>Friday</source>
        <translation>Friday</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/model.py" line="86"/>
        <source>Saturday</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/model.py" line="87"/>
        <source>Sunday</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/model.py" line="95"/>
        <source>that day</source>
        <translation>that day</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/model.py" line="97"/>
        <source>about %1</source>
        <translation>about %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ecomplaint/ui/timeline/model.py" line="103"/>
        <source>%n missed call(s)</source>
        <translation>
            <numerusform>%n missed call</numerusform>
            <numerusform>%n missed calls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ecomplaint/ui/timeline/model.py" line="104"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/model.py" line="105"/>
        <source>%1 in %2</source>
        <comment>burst: 9 missed calls in 20 minutes</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayModel</name>
    <message>
        <location filename="../../ecomplaint/ui/today/model.py" line="93"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/today/model.py" line="94"/>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/today/model.py" line="95"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/today/model.py" line="96"/>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/today/model.py" line="97"/>
        <source>Deadline / since</source>
        <translation>Deadline / since</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/today/model.py" line="127"/>
        <source>Overdue by %1</source>
        <translation>Overdue by %1</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/today/model.py" line="129"/>
        <source>Due in %1</source>
        <translation>Due in %1</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/today/model.py" line="131"/>
        <source>Paused: waiting on me</source>
        <translation>Paused: waiting on me</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/today/model.py" line="132"/>
        <source>Final offer: my decision</source>
        <translation>Final offer: my decision</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/today/model.py" line="133"/>
        <source>Refused: my decision</source>
        <translation>Refused: my decision</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <location filename="../../ecomplaint/ui/today/view.py" line="66"/>
        <source>Overdue: %1   Due within 24 h: %2   Waiting on me: %3</source>
        <translation>Overdue: %1   Due within 24 h: %2   Waiting on me: %3</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/today/view.py" line="77"/>
        <source>My own legal deadlines (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/today/view.py" line="80"/>
        <source>clock stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/today/view.py" line="82"/>
        <source>%1 days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/today/view.py" line="87"/>
        <source>%1  %2 (%3; %4) — %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/today/view.py" line="99"/>
        <source>%1 overdue</source>
        <translation>%1 overdue</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/today/view.py" line="101"/>
        <source>%1 due within 24 h</source>
        <translation>%1 due within 24 h</translation>
    </message>
</context>
<context>
    <name>TodayWiring</name>
    <message>
        <location filename="../../ecomplaint/ui/today/wiring.py" line="83"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <location filename="../../ecomplaint/ui/dialogs/trash.py" line="44"/>
        <source>Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/dialogs/trash.py" line="47"/>
        <source>Deleted items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/dialogs/trash.py" line="49"/>
        <source>The trash is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/dialogs/trash.py" line="50"/>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/dialogs/trash.py" line="51"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/dialogs/trash.py" line="56"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/dialogs/trash.py" line="69"/>
        <source>Case</source>
        <translation type="unfinished">Case</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/dialogs/trash.py" line="70"/>
        <source>Party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/dialogs/trash.py" line="71"/>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/dialogs/trash.py" line="72"/>
        <source>Escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/dialogs/trash.py" line="73"/>
        <source>Promise</source>
        <translation type="unfinished">Promise</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/dialogs/trash.py" line="74"/>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
