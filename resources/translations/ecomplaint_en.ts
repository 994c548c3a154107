<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CaseDialog</name>
    <message>
        <location filename="../../ecomplaint/ui/case_dialog.py" line="43"/>
        <source>Edit case</source>
        <translation>Edit case</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/case_dialog.py" line="43"/>
        <source>New case</source>
        <translation>New case</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/case_dialog.py" line="49"/>
        <source>Error message</source>
        <translation>Error message</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/case_dialog.py" line="75"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/case_dialog.py" line="77"/>
        <source>comma separated</source>
        <translation>comma separated</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/case_dialog.py" line="79"/>
        <source>&amp;Title</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/case_dialog.py" line="80"/>
        <source>&amp;Platform</source>
        <translation>&amp;Platform</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/case_dialog.py" line="81"/>
        <source>&amp;Merchant or store</source>
        <translation>&amp;Merchant or store</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/case_dialog.py" line="82"/>
        <source>&amp;Order number</source>
        <translation>&amp;Order number</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/case_dialog.py" line="83"/>
        <source>Order &amp;date</source>
        <translation>Order &amp;date</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/case_dialog.py" line="84"/>
        <source>P&amp;roduct</source>
        <translation>P&amp;roduct</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/case_dialog.py" line="85"/>
        <source>&amp;Amount paid</source>
        <translation>&amp;Amount paid</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/case_dialog.py" line="86"/>
        <source>C&amp;urrency</source>
        <translation>C&amp;urrency</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/case_dialog.py" line="87"/>
        <source>Ser&amp;vices bought (one per line)</source>
        <translation>Ser&amp;vices bought (one per line)</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/case_dialog.py" line="88"/>
        <source>D&amp;emands (one per line)</source>
        <translation>D&amp;emands (one per line)</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/case_dialog.py" line="89"/>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/case_dialog.py" line="90"/>
        <source>Ta&amp;gs</source>
        <translation>Ta&amp;gs</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/case_dialog.py" line="91"/>
        <source>Complainant &amp;name</source>
        <translation>Complainant &amp;name</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/case_dialog.py" line="92"/>
        <source>Complainant &amp;phone</source>
        <translation>Complainant &amp;phone</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/case_dialog.py" line="93"/>
        <source>Complainant add&amp;ress</source>
        <translation>Complainant add&amp;ress</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/case_dialog.py" line="94"/>
        <source>Complainant &amp;ID number</source>
        <translation>Complainant &amp;ID number</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/case_dialog.py" line="95"/>
        <source>Case &amp;language</source>
        <translation>Case &amp;language</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/case_dialog.py" line="96"/>
        <source>Ass&amp;igned to</source>
        <translation>Ass&amp;igned to</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/case_dialog.py" line="97"/>
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/case_dialog.py" line="102"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/case_dialog.py" line="103"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/case_dialog.py" line="104"/>
        <source>Dialog buttons</source>
        <translation>Dialog buttons</translation>
    </message>
</context>
<context>
    <name>CaseFilters</name>
    <message>
        <location filename="../../ecomplaint/ui/case_filters.py" line="70"/>
        <source>Search titles, merchants, orders, notes, quotes (Ctrl+F)</source>
        <translation>Search titles, merchants, orders, notes, quotes (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/case_filters.py" line="72"/>
        <source>Search cases</source>
        <translation>Search cases</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/case_filters.py" line="73"/>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/case_filters.py" line="74"/>
        <source>Filter by tag</source>
        <translation>Filter by tag</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/case_filters.py" line="75"/>
        <source>Overdue only</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/case_filters.py" line="76"/>
        <source>Show only cases with an overdue promise</source>
        <translation>Show only cases with an overdue promise</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/case_filters.py" line="77"/>
        <source>Filter by status</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/case_filters.py" line="78"/>
        <source>Filter by platform</source>
        <translation>Filter by platform</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/case_filters.py" line="79"/>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/case_filters.py" line="81"/>
        <source>All platforms</source>
        <translation>All platforms</translation>
    </message>
</context>
<context>
    <name>CaseHeader</name>
    <message>
        <location filename="../../ecomplaint/ui/case_header.py" line="44"/>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/case_header.py" line="45"/>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/case_header.py" line="46"/>
        <source>Amount paid</source>
        <translation>Amount paid</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/case_header.py" line="47"/>
        <source>Services bought</source>
        <translation>Services bought</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/case_header.py" line="48"/>
        <source>Demands</source>
        <translation>Demands</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/case_header.py" line="49"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/case_header.py" line="50"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/case_header.py" line="55"/>
        <source>Case title</source>
        <translation>Case title</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/case_header.py" line="56"/>
        <source>Case details</source>
        <translation>Case details</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/case_header.py" line="62"/>
        <source>No case open. Press Ctrl+N to start one.</source>
        <translation>No case open. Press Ctrl+N to start one.</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <location filename="../../ecomplaint/ui/case_list_model.py" line="40"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/case_list_model.py" line="41"/>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/case_list_model.py" line="42"/>
        <source>Merchant</source>
        <translation>Merchant</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/case_list_model.py" line="43"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/case_list_model.py" line="44"/>
        <source>Next deadline</source>
        <translation>Next deadline</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/case_list_model.py" line="45"/>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/case_list_model.py" line="119"/>
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ecomplaint/ui/labels.py" line="10"/>
        <source>JD</source>
        <translation>JD</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/labels.py" line="11"/>
        <source>Tmall / Taobao</source>
        <translation>Tmall / Taobao</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/labels.py" line="12"/>
        <source>Pinduoduo</source>
        <translation>Pinduoduo</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/labels.py" line="13"/>
        <source>Meituan</source>
        <translation>Meituan</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/labels.py" line="14"/>
        <source>Amazon</source>
        <translation>Amazon</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/labels.py" line="15"/>
        <source>Other platform</source>
        <translation>Other platform</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/labels.py" line="22"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/labels.py" line="23"/>
        <source>Waiting on me</source>
        <translation>Waiting on me</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/labels.py" line="24"/>
        <source>Escalated</source>
        <translation>Escalated</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/labels.py" line="25"/>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/labels.py" line="26"/>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/labels.py" line="33"/>
        <source>Complainant</source>
        <translation>Complainant</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/labels.py" line="34"/>
        <source>Customer service</source>
        <translation>Customer service</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/labels.py" line="35"/>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/labels.py" line="36"/>
        <source>Installer / technician</source>
        <translation>Installer / technician</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/labels.py" line="37"/>
        <source>Merchant</source>
        <translation>Merchant</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/labels.py" line="38"/>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/labels.py" line="39"/>
        <source>Courier</source>
        <translation>Courier</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/labels.py" line="40"/>
        <source>Brand</source>
        <translation>Brand</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/labels.py" line="41"/>
        <source>Regulator</source>
        <translation>Regulator</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/labels.py" line="42"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/labels.py" line="49"/>
        <source>Order placed</source>
        <translation>Order placed</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/labels.py" line="50"/>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/labels.py" line="51"/>
        <source>Delivery</source>
        <translation>Delivery</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/labels.py" line="52"/>
        <source>Installation / service visit</source>
        <translation>Installation / service visit</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/labels.py" line="53"/>
        <source>Call from them</source>
        <translation>Call from them</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/labels.py" line="54"/>
        <source>Call to them</source>
        <translation>Call to them</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/labels.py" line="55"/>
        <source>Missed call</source>
        <translation>Missed call</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/labels.py" line="56"/>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/labels.py" line="57"/>
        <source>Text message</source>
        <translation>Text message</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/labels.py" line="58"/>
        <location filename="../../ecomplaint/ui/labels.py" line="74"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/labels.py" line="59"/>
        <source>Complaint filed</source>
        <translation>Complaint filed</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/labels.py" line="60"/>
        <location filename="../../ecomplaint/ui/labels.py" line="95"/>
        <source>Reply</source>
        <translation>Reply</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/labels.py" line="61"/>
        <source>Offer</source>
        <translation>Offer</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/labels.py" line="62"/>
        <location filename="../../ecomplaint/ui/labels.py" line="97"/>
        <source>Refund</source>
        <translation>Refund</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/labels.py" line="63"/>
        <source>Harassment</source>
        <translation>Harassment</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/labels.py" line="64"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/labels.py" line="71"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/labels.py" line="72"/>
        <source>App chat</source>
        <translation>App chat</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/labels.py" line="73"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/labels.py" line="75"/>
        <source>In person</source>
        <translation>In person</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/labels.py" line="76"/>
        <source>Platform pages</source>
        <translation>Platform pages</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/labels.py" line="77"/>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/labels.py" line="78"/>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/labels.py" line="79"/>
        <source>Other channel</source>
        <translation>Other channel</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/labels.py" line="86"/>
        <source>They contacted me</source>
        <translation>They contacted me</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/labels.py" line="87"/>
        <source>I contacted them</source>
        <translation>I contacted them</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/labels.py" line="88"/>
        <source>No direction</source>
        <translation>No direction</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/labels.py" line="96"/>
        <source>Call back</source>
        <translation>Call back</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/labels.py" line="98"/>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/labels.py" line="99"/>
        <source>Replacement</source>
        <translation>Replacement</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/labels.py" line="100"/>
        <source>Something else</source>
        <translation>Something else</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/labels.py" line="107"/>
        <source>pending</source>
        <translation>pending</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/labels.py" line="108"/>
        <source>due</source>
        <translation>due</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/labels.py" line="109"/>
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/labels.py" line="110"/>
        <source>kept</source>
        <translation>kept</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/labels.py" line="111"/>
        <source>kept late</source>
        <translation>kept late</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/labels.py" line="112"/>
        <source>broken</source>
        <translation>broken</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/labels.py" line="113"/>
        <source>superseded</source>
        <translation>superseded</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/labels.py" line="114"/>
        <source>paused</source>
        <translation>paused</translation>
    </message>
</context>
<context>
    <name>LapseNotifier</name>
    <message>
        <location filename="../../ecomplaint/ui/notifier.py" line="50"/>
        <source>%1 overdue, %2 due within 24 hours, %3 waiting on you</source>
        <translation>%1 overdue, %2 due within 24 hours, %3 waiting on you</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/notifier.py" line="56"/>
        <source>eComplaint today</source>
        <translation>eComplaint today</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/notifier.py" line="72"/>
        <source>Promise lapsed</source>
        <translation>Promise lapsed</translation>
    </message>
</context>
<context>
    <name>LogEntryDialog</name>
    <message>
        <location filename="../../ecomplaint/ui/log_entry_dialog.py" line="114"/>
        <source>Log an entry</source>
        <translation>Log an entry</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/log_entry_dialog.py" line="122"/>
        <source>Error message</source>
        <translation>Error message</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/log_entry_dialog.py" line="144"/>
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/log_entry_dialog.py" line="145"/>
        <source>C&amp;hannel</source>
        <translation>C&amp;hannel</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/log_entry_dialog.py" line="146"/>
        <source>&amp;Direction</source>
        <translation>&amp;Direction</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/log_entry_dialog.py" line="149"/>
        <source>(nobody in particular)</source>
        <translation>(nobody in particular)</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/log_entry_dialog.py" line="152"/>
        <source>New party…</source>
        <translation>New party…</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/log_entry_dialog.py" line="153"/>
        <source>&amp;Who</source>
        <translation>&amp;Who</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/log_entry_dialog.py" line="159"/>
        <source>name or agent ID, e.g. 工号 7731</source>
        <translation>name or agent ID, e.g. 工号 7731</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/log_entry_dialog.py" line="165"/>
        <source>New party&apos;s role</source>
        <translation>New party&apos;s role</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/log_entry_dialog.py" line="166"/>
        <source>New party&apos;s name</source>
        <translation>New party&apos;s name</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/log_entry_dialog.py" line="167"/>
        <source>New party</source>
        <translation>New party</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/log_entry_dialog.py" line="172"/>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/log_entry_dialog.py" line="173"/>
        <source>Earlier today</source>
        <translation>Earlier today</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/log_entry_dialog.py" line="174"/>
        <source>Yesterday</source>
        <translation>Yesterday</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/log_entry_dialog.py" line="175"/>
        <source>Choose date and time</source>
        <translation>Choose date and time</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/log_entry_dialog.py" line="178"/>
        <source>Date and time</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/log_entry_dialog.py" line="179"/>
        <source>&amp;Approximate</source>
        <translation>&amp;Approximate</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/log_entry_dialog.py" line="180"/>
        <source>Approximate time</source>
        <translation>Approximate time</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/log_entry_dialog.py" line="187"/>
        <source>Whe&amp;n</source>
        <translation>Whe&amp;n</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/log_entry_dialog.py" line="189"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/log_entry_dialog.py" line="194"/>
        <source>What happened, in a sentence or two</source>
        <translation>What happened, in a sentence or two</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/log_entry_dialog.py" line="196"/>
        <source>&amp;Summary</source>
        <translation>&amp;Summary</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/log_entry_dialog.py" line="199"/>
        <source>Their exact words, if you have them</source>
        <translation>Their exact words, if you have them</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/log_entry_dialog.py" line="201"/>
        <source>Verbatim &amp;quote</source>
        <translation>Verbatim &amp;quote</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/log_entry_dialog.py" line="203"/>
        <source>They &amp;promised something</source>
        <translation>They &amp;promised something</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/log_entry_dialog.py" line="204"/>
        <source>They promised something</source>
        <translation>They promised something</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/log_entry_dialog.py" line="206"/>
        <source>Promise</source>
        <translation>Promise</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/log_entry_dialog.py" line="212"/>
        <source>within 24 hours</source>
        <translation>within 24 hours</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/log_entry_dialog.py" line="213"/>
        <source>within 24–48 hours</source>
        <translation>within 24–48 hours</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/log_entry_dialog.py" line="214"/>
        <source>within 48 hours</source>
        <translation>within 48 hours</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/log_entry_dialog.py" line="215"/>
        <source>within 3 working days</source>
        <translation>within 3 working days</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/log_entry_dialog.py" line="216"/>
        <source>custom window</source>
        <translation>custom window</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/log_entry_dialog.py" line="223"/>
        <source>hours</source>
        <translation>hours</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/log_entry_dialog.py" line="224"/>
        <source>working days</source>
        <translation>working days</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/log_entry_dialog.py" line="225"/>
        <source>Window opens after</source>
        <translation>Window opens after</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/log_entry_dialog.py" line="226"/>
        <source>Window closes after</source>
        <translation>Window closes after</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/log_entry_dialog.py" line="227"/>
        <source>Window unit</source>
        <translation>Window unit</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/log_entry_dialog.py" line="231"/>
        <source>from</source>
        <translation>from</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/log_entry_dialog.py" line="233"/>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/log_entry_dialog.py" line="238"/>
        <source>e.g. reply after checking</source>
        <translation>e.g. reply after checking</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/log_entry_dialog.py" line="239"/>
        <source>&amp;What</source>
        <translation>&amp;What</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/log_entry_dialog.py" line="240"/>
        <source>Wi&amp;thin</source>
        <translation>Wi&amp;thin</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/log_entry_dialog.py" line="241"/>
        <source>Custom window</source>
        <translation>Custom window</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/log_entry_dialog.py" line="242"/>
        <source>Desc&amp;ription</source>
        <translation>Desc&amp;ription</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/log_entry_dialog.py" line="248"/>
        <source>Save (Ctrl+Enter)</source>
        <translation>Save (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/log_entry_dialog.py" line="250"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ecomplaint/ui/main_window.py" line="262"/>
        <location filename="../../ecomplaint/ui/main_window.py" line="354"/>
        <location filename="../../ecomplaint/ui/main_window.py" line="509"/>
        <source>eComplaint</source>
        <translation>eComplaint</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/main_window.py" line="263"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/main_window.py" line="264"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/main_window.py" line="265"/>
        <source>&amp;Case</source>
        <translation>&amp;Case</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/main_window.py" line="266"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/main_window.py" line="267"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/main_window.py" line="268"/>
        <source>&amp;New case…</source>
        <translation>&amp;New case…</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/main_window.py" line="269"/>
        <source>&amp;Edit case…</source>
        <translation>&amp;Edit case…</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/main_window.py" line="270"/>
        <source>&amp;Log an entry…</source>
        <translation>&amp;Log an entry…</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/main_window.py" line="271"/>
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/main_window.py" line="272"/>
        <source>&amp;Delete to trash</source>
        <translation>&amp;Delete to trash</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/main_window.py" line="273"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/main_window.py" line="274"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/main_window.py" line="276"/>
        <location filename="../../ecomplaint/ui/main_window.py" line="278"/>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/main_window.py" line="277"/>
        <location filename="../../ecomplaint/ui/main_window.py" line="280"/>
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/main_window.py" line="279"/>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/main_window.py" line="281"/>
        <source>Case panels</source>
        <translation>Case panels</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/main_window.py" line="282"/>
        <source>Workspace</source>
        <translation>Workspace</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/main_window.py" line="283"/>
        <source>Workspace tabs</source>
        <translation>Workspace tabs</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/main_window.py" line="284"/>
        <source>Case panel tabs</source>
        <translation>Case panel tabs</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/main_window.py" line="285"/>
        <source>Number of cases shown</source>
        <translation>Number of cases shown</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/main_window.py" line="296"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Undo %1</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/main_window.py" line="297"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Redo %1</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/main_window.py" line="353"/>
        <source>Something went wrong: %1</source>
        <translation>Something went wrong: %1</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/main_window.py" line="403"/>
        <source>Cases shown: %1</source>
        <translation>Cases shown: %1</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/main_window.py" line="483"/>
        <source>new case</source>
        <translation>new case</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/main_window.py" line="505"/>
        <source>edit case</source>
        <translation>edit case</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/main_window.py" line="509"/>
        <source>Open or create a case first.</source>
        <translation>Open or create a case first.</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/main_window.py" line="522"/>
        <source>log entry</source>
        <translation>log entry</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/main_window.py" line="530"/>
        <source>delete entry</source>
        <translation>delete entry</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/main_window.py" line="537"/>
        <source>delete party</source>
        <translation>delete party</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/main_window.py" line="542"/>
        <source>delete case</source>
        <translation>delete case</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../ecomplaint/ui/preferences_dialog.py" line="19"/>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/preferences_dialog.py" line="22"/>
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/preferences_dialog.py" line="26"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/preferences_dialog.py" line="28"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/preferences_dialog.py" line="31"/>
        <source>The window switches language as soon as you press OK.</source>
        <translation>The window switches language as soon as you press OK.</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/preferences_dialog.py" line="37"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/preferences_dialog.py" line="38"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <location filename="../../ecomplaint/ui/store_error.py" line="14"/>
        <source>The eComplaint data could not be opened</source>
        <translation>The eComplaint data could not be opened</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/store_error.py" line="20"/>
        <source>File: %1</source>
        <translation>File: %1</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/store_error.py" line="22"/>
        <source>Backups (newest first):</source>
        <translation>Backups (newest first):</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/store_error.py" line="25"/>
        <source>No backups were found.</source>
        <translation>No backups were found.</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../../ecomplaint/ui/timeline_model.py" line="54"/>
        <source>by %1</source>
        <translation>by %1</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline_model.py" line="58"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline_model.py" line="60"/>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline_model.py" line="70"/>
        <source>Monday</source>
        <translation>Monday</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline_model.py" line="71"/>
        <source>Tuesday</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline_model.py" line="72"/>
        <source>Wednesday</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline_model.py" line="73"/>
        <source>Thursday</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline_model.py" line="74"/>
        <source>Friday</source>
        <translation>Friday</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline_model.py" line="75"/>
        <source>Saturday</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline_model.py" line="76"/>
        <source>Sunday</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline_model.py" line="84"/>
        <source>that day</source>
        <translation>that day</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline_model.py" line="86"/>
        <source>about %1</source>
        <translation>about %1</translation>
    </message>
</context>
<context>
    <name>TodayModel</name>
    <message>
        <location filename="../../ecomplaint/ui/today_model.py" line="87"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/today_model.py" line="88"/>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/today_model.py" line="89"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/today_model.py" line="90"/>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/today_model.py" line="91"/>
        <source>Deadline / since</source>
        <translation>Deadline / since</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/today_model.py" line="121"/>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/today_model.py" line="123"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/today_model.py" line="124"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/today_model.py" line="128"/>
        <source>Overdue by %1</source>
        <translation>Overdue by %1</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/today_model.py" line="130"/>
        <source>Due in %1</source>
        <translation>Due in %1</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/today_model.py" line="132"/>
        <source>Paused: waiting on me</source>
        <translation>Paused: waiting on me</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/today_model.py" line="133"/>
        <source>Final offer: my decision</source>
        <translation>Final offer: my decision</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/today_model.py" line="134"/>
        <source>Refused: my decision</source>
        <translation>Refused: my decision</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <location filename="../../ecomplaint/ui/today_view.py" line="76"/>
        <source>Overdue: %1   Due within 24 h: %2   Waiting on me: %3</source>
        <translation>Overdue: %1   Due within 24 h: %2   Waiting on me: %3</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/today_view.py" line="91"/>
        <source>%1 overdue</source>
        <translation>%1 overdue</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/today_view.py" line="93"/>
        <source>%1 due within 24 h</source>
        <translation>%1 due within 24 h</translation>
    </message>
</context>
</TS>
