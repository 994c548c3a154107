<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ecomplaint/ui/dialogs/about.py" line="105"/>
        <source>About eComplaint</source>
        <translation>关于 eComplaint</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/dialogs/about.py" line="121"/>
        <source>Version {version}</source>
        <translation>版本 {version}</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/dialogs/about.py" line="125"/>
        <source>Keeps an honest, dated record of an e-commerce dispute, watches the other side&apos;s promises and turns the record into an evidence dossier.</source>
        <translation>如实记录电商纠纷的每一步并注明日期，盯住对方的每个承诺，并把记录整理成证据材料。</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/dialogs/about.py" line="131"/>
        <source>eComplaint is free software under the {licence} licence.</source>
        <translation>eComplaint 是自由软件，以 {licence} 许可证发布。</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/dialogs/about.py" line="145"/>
        <location filename="../../ecomplaint/ui/dialogs/about.py" line="175"/>
        <source>Libraries</source>
        <translation>程序库</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/dialogs/about.py" line="150"/>
        <source>Font: {font}</source>
        <translation>字体：{font}</translation>
    </message>
</context>
<context>
    <name>CaseActions</name>
    <message>
        <location filename="../../ecomplaint/ui/cases/actions.py" line="81"/>
        <source>E&amp;scalate…</source>
        <translation>升级(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/actions.py" line="82"/>
        <source>Export deadlines to &amp;calendar (.ics)…</source>
        <translation>导出期限到日历 (.ics)(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/actions.py" line="123"/>
        <source>Suggested next step</source>
        <translation>建议的下一步</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/actions.py" line="130"/>
        <source>Next: %1</source>
        <translation>下一步：%1</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/actions.py" line="134"/>
        <source>escalate by %1</source>
        <translation>请在 %1 前升级</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/actions.py" line="137"/>
        <source>they must answer within %1 of your escalation</source>
        <translation>升级后对方须在%1内答复</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ecomplaint/ui/cases/actions.py" line="146"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ecomplaint/ui/cases/actions.py" line="147"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ecomplaint/ui/cases/actions.py" line="148"/>
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n 周</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ecomplaint/ui/cases/actions.py" line="149"/>
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n 个工作日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ecomplaint/ui/cases/actions.py" line="150"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n 个月</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/actions.py" line="164"/>
        <source>%1&apos;s promise is overdue: %2</source>
        <translation>%1 的承诺已超时：%2</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/actions.py" line="168"/>
        <source>a promise is overdue: %1</source>
        <translation>有承诺已超时：%1</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/actions.py" line="169"/>
        <source>a promise is overdue</source>
        <translation>有承诺已超时</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/actions.py" line="171"/>
        <source>they made a final offer</source>
        <translation>对方给出了最终方案</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/actions.py" line="174"/>
        <source>they refused</source>
        <translation>对方拒绝了诉求</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/actions.py" line="183"/>
        <source>&amp;Resume the clocks</source>
        <translation>恢复计时(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/actions.py" line="183"/>
        <source>&amp;Pause the clocks</source>
        <translation>暂停计时(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/actions.py" line="194"/>
        <source>escalate</source>
        <translation>升级</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/actions.py" line="205"/>
        <source>resume the clocks</source>
        <translation>恢复计时</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/actions.py" line="205"/>
        <source>pause the clocks</source>
        <translation>暂停计时</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/actions.py" line="211"/>
        <source>Export deadlines to calendar</source>
        <translation>导出期限到日历</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/actions.py" line="220"/>
        <source>Calendar exported</source>
        <translation>日历已导出</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/actions.py" line="221"/>
        <source>%1 deadlines written to %2</source>
        <translation>已把 %1 个期限写入 %2</translation>
    </message>
</context>
<context>
    <name>CaseConflict</name>
    <message>
        <location filename="../../ecomplaint/ui/cases/conflict.py" line="22"/>
        <source>Yours:</source>
        <translation>您的：</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/conflict.py" line="23"/>
        <source>Now saved:</source>
        <translation>现已保存：</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/conflict.py" line="37"/>
        <location filename="../../ecomplaint/ui/cases/conflict.py" line="61"/>
        <source>Changed by someone else</source>
        <translation>已被他人修改</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/conflict.py" line="43"/>
        <source>This case was changed by someone else after you opened it. Nothing was saved. Which values should it keep?</source>
        <translation>自您打开后，此案件已被他人修改。尚未保存任何内容。要保留哪一方的内容？</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/conflict.py" line="53"/>
        <source>Use mine</source>
        <translation>用我的</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/conflict.py" line="56"/>
        <source>Keep the saved values</source>
        <translation>保留已保存的内容</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <location filename="../../ecomplaint/ui/cases/dialog.py" line="60"/>
        <source>Edit case</source>
        <translation>编辑案件</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/dialog.py" line="60"/>
        <source>New case</source>
        <translation>新建案件</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/dialog.py" line="66"/>
        <source>Error message</source>
        <translation>错误信息</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/dialog.py" line="92"/>
        <source>YYYY-MM-DD</source>
        <translation>年-月-日（YYYY-MM-DD）</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/dialog.py" line="94"/>
        <source>comma separated</source>
        <translation>用逗号分隔</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/dialog.py" line="96"/>
        <source>(from the platform)</source>
        <translation>（按平台选择）</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/dialog.py" line="111"/>
        <source>&amp;Title</source>
        <translation>标题(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/dialog.py" line="112"/>
        <source>&amp;Platform</source>
        <translation>平台(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/dialog.py" line="113"/>
        <source>&amp;Merchant or store</source>
        <translation>商家/店铺(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/dialog.py" line="114"/>
        <source>&amp;Order number</source>
        <translation>订单号(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/dialog.py" line="115"/>
        <source>Order &amp;date</source>
        <translation>下单日期(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/dialog.py" line="116"/>
        <source>P&amp;roduct</source>
        <translation>商品(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/dialog.py" line="117"/>
        <source>&amp;Amount paid</source>
        <translation>支付金额(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/dialog.py" line="118"/>
        <source>C&amp;urrency</source>
        <translation>币种(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/dialog.py" line="119"/>
        <source>Ser&amp;vices bought (one per line)</source>
        <translation>所购服务（每行一项）(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/dialog.py" line="120"/>
        <source>D&amp;emands (one per line)</source>
        <translation>诉求（每行一项）(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/dialog.py" line="121"/>
        <source>&amp;Status</source>
        <translation>状态(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/dialog.py" line="122"/>
        <source>Ta&amp;gs</source>
        <translation>标签(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/dialog.py" line="123"/>
        <source>Complainant &amp;name</source>
        <translation>投诉人姓名(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/dialog.py" line="124"/>
        <source>Complainant &amp;phone</source>
        <translation>投诉人电话(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/dialog.py" line="125"/>
        <source>Complainant add&amp;ress</source>
        <translation>投诉人地址(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/dialog.py" line="126"/>
        <source>Complainant &amp;ID number</source>
        <translation>投诉人证件号(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/dialog.py" line="127"/>
        <source>Case &amp;language</source>
        <translation>案件语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/dialog.py" line="128"/>
        <source>Escalation lad&amp;der</source>
        <translation>升级路径(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/dialog.py" line="129"/>
        <source>Countr&amp;y</source>
        <translation>国家/地区(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/dialog.py" line="130"/>
        <source>Time &amp;zone</source>
        <translation>时区(&amp;Z)</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/dialog.py" line="131"/>
        <source>&amp;Working-day calendar</source>
        <translation>工作日日历(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/dialog.py" line="132"/>
        <source>Ass&amp;igned to</source>
        <translation>负责人(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/dialog.py" line="133"/>
        <source>N&amp;otes</source>
        <translation>备注(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/dialog.py" line="138"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/dialog.py" line="139"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/dialog.py" line="140"/>
        <source>Dialog buttons</source>
        <translation>对话框按钮</translation>
    </message>
</context>
<context>
    <name>CaseFilters</name>
    <message>
        <location filename="../../ecomplaint/ui/cases/filters.py" line="70"/>
        <source>Search titles, merchants, orders, notes, quotes (Ctrl+F)</source>
        <translation>搜索标题、商家、订单号、备注、原话（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/filters.py" line="72"/>
        <source>Search cases</source>
        <translation>搜索案件</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/filters.py" line="73"/>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/filters.py" line="74"/>
        <source>Filter by tag</source>
        <translation>按标签筛选</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/filters.py" line="75"/>
        <source>Overdue only</source>
        <translation>仅看超时</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/filters.py" line="76"/>
        <source>Show only cases with an overdue promise</source>
        <translation>只显示有超时承诺的案件</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/filters.py" line="77"/>
        <source>Filter by status</source>
        <translation>按状态筛选</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/filters.py" line="78"/>
        <source>Filter by platform</source>
        <translation>按平台筛选</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/filters.py" line="79"/>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/filters.py" line="81"/>
        <source>All platforms</source>
        <translation>全部平台</translation>
    </message>
</context>
<context>
    <name>CaseHeader</name>
    <message>
        <location filename="../../ecomplaint/ui/cases/header.py" line="68"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/header.py" line="69"/>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/header.py" line="70"/>
        <source>Amount paid</source>
        <translation>支付金额</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/header.py" line="71"/>
        <source>Services bought</source>
        <translation>所购服务</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/header.py" line="72"/>
        <source>Demands</source>
        <translation>诉求</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/header.py" line="73"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/header.py" line="74"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/header.py" line="75"/>
        <source>Jurisdiction</source>
        <translation>适用地区</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/header.py" line="80"/>
        <source>Case title</source>
        <translation>案件标题</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/header.py" line="81"/>
        <source>Case details</source>
        <translation>案件详情</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/header.py" line="87"/>
        <source>No case open. Press Ctrl+N to start one.</source>
        <translation>未打开案件。按 Ctrl+N 新建一个。</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <location filename="../../ecomplaint/ui/cases/list_model.py" line="55"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/list_model.py" line="56"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/list_model.py" line="57"/>
        <source>Merchant</source>
        <translation>商家</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/list_model.py" line="58"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/list_model.py" line="59"/>
        <source>Next deadline</source>
        <translation>下一个期限</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/list_model.py" line="60"/>
        <source>Overdue</source>
        <translation>超时</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/list_model.py" line="168"/>
        <source>overdue</source>
        <translation>超时</translation>
    </message>
</context>
<context>
    <name>EscalateDialog</name>
    <message>
        <location filename="../../ecomplaint/ui/cases/escalate_dialog.py" line="41"/>
        <location filename="../../ecomplaint/ui/cases/escalate_dialog.py" line="86"/>
        <source>Escalate</source>
        <translation>升级</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/escalate_dialog.py" line="46"/>
        <location filename="../../ecomplaint/ui/cases/escalate_dialog.py" line="75"/>
        <source>Rung</source>
        <translation>升级层级</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/escalate_dialog.py" line="57"/>
        <source>No escalation ladder fits this case&apos;s platform.</source>
        <translation>没有适用于该平台的升级路径。</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/escalate_dialog.py" line="70"/>
        <location filename="../../ecomplaint/ui/cases/escalate_dialog.py" line="81"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/escalate_dialog.py" line="72"/>
        <location filename="../../ecomplaint/ui/cases/escalate_dialog.py" line="82"/>
        <source>Reference number</source>
        <translation>受理编号</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/escalate_dialog.py" line="73"/>
        <source>e.g. the complaint number it gave you</source>
        <translation>例如对方给出的投诉单号</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/escalate_dialog.py" line="109"/>
        <source>Its rules promise: %1</source>
        <translation>规则承诺：%1</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message numerus="yes">
        <location filename="../../ecomplaint/ui/evidence/attach.py" line="30"/>
        <source>Fingerprinting and copying %n file(s)…</source>
        <translation>
            <numerusform>正在计算指纹并复制 %n 个文件…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/attach.py" line="68"/>
        <source>%1 of %2 files · %3</source>
        <translation>第 %1 / %2 个文件 · %3</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/verify.py" line="22"/>
        <source>Checking the fingerprints of all evidence files…</source>
        <translation>正在校验所有证据文件的指纹…</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/actions.py" line="34"/>
        <source>Save a copy of the original</source>
        <translation>另存原件副本</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/actions.py" line="67"/>
        <location filename="../../ecomplaint/ui/evidence/actions.py" line="71"/>
        <source>Copy not saved</source>
        <translation>副本未保存</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/actions.py" line="120"/>
        <location filename="../../ecomplaint/ui/evidence/actions.py" line="125"/>
        <source>Cannot open</source>
        <translation>无法打开</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/actions.py" line="126"/>
        <source>No program is set up to open this kind of file. Save a copy instead.</source>
        <translation>没有可打开此类文件的程序。请改为另存副本。</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/actions.py" line="137"/>
        <source>Remove evidence</source>
        <translation>移除证据</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/actions.py" line="138"/>
        <source>Move “%1” to the trash? You can restore it until the trash is emptied; the stored file is kept until then.</source>
        <translation>把“%1”移到回收站吗？清空回收站之前可以恢复；在此之前存储的文件会保留。</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/origin.py" line="15"/>
        <source>Redacted copy of an exhibit that is in the trash</source>
        <translation>已移入回收站的证据的遮蔽副本</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/origin.py" line="19"/>
        <source>Redacted copy of E%1 (original fingerprint %2…)</source>
        <translation>E%1 的遮蔽副本（原件指纹 %2…）</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <location filename="../../ecomplaint/ui/evidence/panel.py" line="157"/>
        <source>Attach files…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/panel.py" line="158"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/panel.py" line="159"/>
        <location filename="../../ecomplaint/ui/evidence/panel.py" line="160"/>
        <source>Stop reading the pictures&apos; text</source>
        <translation>停止识别图片文字</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/panel.py" line="161"/>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/panel.py" line="179"/>
        <source>Evidence of the selected entry (%1)</source>
        <translation>所选记录的证据（%1）</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/panel.py" line="184"/>
        <source>All evidence of the case (%1)</source>
        <translation>本投诉案件的全部证据（%1）</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/panel.py" line="186"/>
        <source>No case open.</source>
        <translation>未打开投诉案件。</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/panel.py" line="204"/>
        <source>Attach files</source>
        <translation>添加文件</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/panel.py" line="223"/>
        <source>Attaching evidence</source>
        <translation>正在添加证据</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/panel.py" line="240"/>
        <source>Some files were not attached</source>
        <translation>部分文件未能添加</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/panel.py" line="224"/>
        <source>Nothing was attached</source>
        <translation>没有添加任何文件</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/panel.py" line="280"/>
        <source>Text not read — %1</source>
        <translation>未识别文字 — %1</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/panel.py" line="301"/>
        <source>remove evidence</source>
        <translation>移除证据</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/panel.py" line="326"/>
        <source>%1 evidence file(s) are missing or were altered; they are marked in red.</source>
        <translation>有 %1 个证据文件缺失或被改动，已用红色标出。</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/panel.py" line="329"/>
        <source>Every evidence file matches its fingerprint.</source>
        <translation>所有证据文件都与其指纹一致。</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/panel.py" line="310"/>
        <location filename="../../ecomplaint/ui/evidence/panel.py" line="311"/>
        <location filename="../../ecomplaint/ui/evidence/panel.py" line="331"/>
        <source>Verify evidence</source>
        <translation>校验证据</translation>
    </message>
</context>
<context>
    <name>EvidenceStrip</name>
    <message>
        <location filename="../../ecomplaint/ui/evidence/strip.py" line="280"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/strip.py" line="282"/>
        <source>Save a copy of the original…</source>
        <translation>另存原件副本…</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/strip.py" line="285"/>
        <source>Read text</source>
        <translation>识别文字</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/strip.py" line="288"/>
        <source>Make entries from this picture…</source>
        <translation>用此图片生成记录…</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/strip.py" line="292"/>
        <source>Remove (to the trash)</source>
        <translation>移除（放入回收站）</translation>
    </message>
</context>
<context>
    <name>EvidenceStripModel</name>
    <message>
        <location filename="../../ecomplaint/ui/evidence/strip.py" line="188"/>
        <source>SHA-256: %1</source>
        <translation>SHA-256：%1</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/strip.py" line="192"/>
        <source>Captured: %1</source>
        <translation>拍摄时间：%1</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/strip.py" line="197"/>
        <source>Added: %1</source>
        <translation>添加时间：%1</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/strip.py" line="206"/>
        <source>⚠ This file failed verification: it is missing or was altered.</source>
        <translation>⚠ 此文件未通过校验：文件缺失或已被改动。</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ecomplaint/ui/files/export_dialog.py" line="107"/>
        <source>Export dossier</source>
        <translation>导出投诉材料</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/files/export_dialog.py" line="118"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/files/export_dialog.py" line="122"/>
        <source>Paper</source>
        <translation>纸张</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/files/export_dialog.py" line="124"/>
        <source>Redact: mask my name, phone numbers, ID numbers and address</source>
        <translation>脱敏：遮盖我的姓名、电话号码、证件号码和地址</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/files/export_dialog.py" line="126"/>
        <source>Attach the original files inside the PDF</source>
        <translation>在 PDF 中附上原始文件</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/files/export_dialog.py" line="133"/>
        <source>Open the PDF when done</source>
        <translation>完成后打开 PDF</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/files/export_dialog.py" line="136"/>
        <source>Sections</source>
        <translation>章节</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/files/export_dialog.py" line="147"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/files/export_dialog.py" line="152"/>
        <source>Save as</source>
        <translation>保存为</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/files/export_dialog.py" line="163"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/files/export_dialog.py" line="168"/>
        <source>Export anyway, marked ALTERED</source>
        <translation>仍要导出，并标为“已被改动”</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/files/export_dialog.py" line="204"/>
        <source>Save dossier as</source>
        <translation>投诉材料保存为</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/files/export_dialog.py" line="245"/>
        <location filename="../../ecomplaint/ui/files/export_dialog.py" line="248"/>
        <source>Building the dossier…</source>
        <translation>正在生成投诉材料…</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/files/export_dialog.py" line="274"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/files/export_dialog.py" line="288"/>
        <source>Saved {path}: {pages} pages, {kb} KB.</source>
        <translation>已保存 {path}：共 {pages} 页，{kb} KB。</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/files/export_dialog.py" line="293"/>
        <source>Marked ALTERED or MISSING in the dossier: {list}.</source>
        <translation>材料中已标为“已被改动”或“缺失”：{list}。</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/files/export_dialog.py" line="298"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/files/export_dialog.py" line="312"/>
        <source>Export cancelled; no file was written.</source>
        <translation>已取消导出，没有写入任何文件。</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../ecomplaint/ui/files/actions.py" line="96"/>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/files/actions.py" line="104"/>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/files/actions.py" line="105"/>
        <source>Backup saved</source>
        <translation>备份已保存</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/files/actions.py" line="105"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/files/actions.py" line="106"/>
        <source>No backup was made</source>
        <translation>未能备份</translation>
    </message>
</context>
<context>
    <name>HandoffActions</name>
    <message>
        <location filename="../../ecomplaint/ui/files/handoff.py" line="127"/>
        <source>Exporting the case…</source>
        <translation>正在导出投诉案件…</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/files/handoff.py" line="142"/>
        <source>Reading the case file…</source>
        <translation>正在读取案件文件…</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/files/handoff.py" line="154"/>
        <source>Import this case?</source>
        <translation>导入此案件？</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/files/handoff.py" line="155"/>
        <source>Import the case file? Nothing has been written yet.</source>
        <translation>要导入此案件文件吗？目前尚未写入任何内容。</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/files/handoff.py" line="162"/>
        <source>Importing the case…</source>
        <translation>正在导入投诉案件…</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/files/handoff.py" line="172"/>
        <source>Case exported</source>
        <translation>投诉案件已导出</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/files/handoff.py" line="173"/>
        <source>Saved {path}: {entries} entries, {files} evidence files.</source>
        <translation>已保存 {path}：{entries} 条记录，{files} 个证据文件。</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/files/handoff.py" line="181"/>
        <source>Imported the new case “{title}”.</source>
        <translation>已导入新的投诉案件“{title}”。</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/files/handoff.py" line="183"/>
        <source>Updated the case “{title}” from the file.</source>
        <translation>已用文件更新投诉案件“{title}”。</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/files/handoff.py" line="184"/>
        <source>Case imported</source>
        <translation>投诉案件已导入</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/files/handoff.py" line="129"/>
        <location filename="../../ecomplaint/ui/files/handoff.py" line="144"/>
        <location filename="../../ecomplaint/ui/files/handoff.py" line="164"/>
        <source>Nothing was changed</source>
        <translation>没有做任何更改</translation>
    </message>
</context>
<context>
    <name>ImageViewerDialog</name>
    <message>
        <location filename="../../ecomplaint/ui/evidence/viewer.py" line="221"/>
        <source>Fit to window</source>
        <translation>适应窗口</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/viewer.py" line="222"/>
        <source>Actual size</source>
        <translation>实际大小</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/viewer.py" line="223"/>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/viewer.py" line="224"/>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/viewer.py" line="228"/>
        <source>Save a copy of the original…</source>
        <translation>另存原件副本…</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/viewer.py" line="233"/>
        <source>Read text</source>
        <translation>识别文字</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/viewer.py" line="235"/>
        <source>Copy lines</source>
        <translation>复制所选行</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/viewer.py" line="243"/>
        <source>Make entries from selected lines…</source>
        <translation>用所选行生成记录…</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/viewer.py" line="248"/>
        <source>Redact…</source>
        <translation>遮蔽…</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/viewer.py" line="252"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/viewer.py" line="254"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/viewer.py" line="275"/>
        <source>Picture</source>
        <translation>图片</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/viewer.py" line="276"/>
        <source>Text read from the picture</source>
        <translation>从图片识别出的文字</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/viewer.py" line="284"/>
        <source>This image is too large to show ({width} × {height} pixels). The stored file is kept as it is; save a copy to inspect it.</source>
        <translation>图片太大，无法显示（{width} × {height} 像素）。已保存的文件保持原样；可另存副本后查看。</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/viewer.py" line="289"/>
        <source>This image cannot be shown (damaged or unsupported). The stored file is kept as it is; save a copy to inspect it.</source>
        <translation>无法显示此图片（已损坏或格式不支持）。保存的文件保持原样；可另存副本后查看。</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/viewer.py" line="327"/>
        <source>Looking for the text read from this picture…</source>
        <translation>正在查找此图片已识别的文字…</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/viewer.py" line="346"/>
        <source>Apply: make a redacted copy</source>
        <translation>应用：生成遮蔽副本</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/viewer.py" line="349"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/viewer.py" line="364"/>
        <source>captured %1</source>
        <translation>拍摄于 %1</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/viewer.py" line="402"/>
        <source>The text of this picture has not been read yet. Read text: Ctrl+R.</source>
        <translation>此图片的文字尚未识别。识别文字：Ctrl+R。</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/viewer.py" line="438"/>
        <source>No text was found in this picture.</source>
        <translation>此图片中没有找到文字。</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/viewer.py" line="440"/>
        <source>%1 lines read (%2).</source>
        <translation>已识别 %1 行（%2）。</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/viewer.py" line="445"/>
        <source>Selected: line(s) %1.</source>
        <translation>已选：第 %1 行。</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/viewer.py" line="447"/>
        <source>Click a line or drag over lines to select them.</source>
        <translation>点击一行，或拖动框选多行。</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/viewer.py" line="461"/>
        <source>Reading the text of this picture…</source>
        <translation>正在识别此图片的文字…</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/viewer.py" line="524"/>
        <source>Remove this box</source>
        <translation>删除此遮蔽框</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/viewer.py" line="525"/>
        <source>Add a box here</source>
        <translation>在此添加遮蔽框</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/viewer.py" line="547"/>
        <source>Looking for personal data in the text read…</source>
        <translation>正在识别出的文字中查找个人信息…</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/viewer.py" line="570"/>
        <source>%1 box(es) will be filled solid black in a new copy; the original stays.</source>
        <translation>%1 个区域将在新副本中被纯黑填充；原件保持不变。</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/viewer.py" line="573"/>
        <source>No personal data was proposed: draw boxes over what must be hidden.</source>
        <translation>未发现需遮蔽的个人信息：请在需要隐藏的内容上画出遮蔽框。</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/viewer.py" line="579"/>
        <source>Drag on the picture to add a box, drag a box to move it or its corner to resize it; Delete removes it. Keys: Tab next box, arrows move (Shift: size), Insert adds, Ctrl+Enter applies, Escape cancels.</source>
        <translation>在图片上拖动可添加遮蔽框，拖动遮蔽框可移动，拖动其右下角可调整大小；Delete 删除。按键：Tab 下一个框，方向键移动（Shift：调整大小），Insert 添加，Ctrl+Enter 应用，Esc 取消。</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/viewer.py" line="603"/>
        <source>redact picture</source>
        <translation>遮蔽图片</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/viewer.py" line="613"/>
        <source>Making the redacted copy and checking it…</source>
        <translation>正在生成遮蔽副本并检查…</translation>
    </message>
</context>
<context>
    <name>ImportRecordsDialog</name>
    <message>
        <location filename="../../ecomplaint/ui/timeline/import_records.py" line="307"/>
        <source>Import calls, messages or e-mail</source>
        <translation>导入通话、短信或邮件</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/import_records.py" line="308"/>
        <source>&amp;Choose…</source>
        <translation>选择(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/import_records.py" line="310"/>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/import_records.py" line="311"/>
        <source>&amp;Time zone of the file:</source>
        <translation>文件的时区(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/import_records.py" line="312"/>
        <source>&amp;Date order:</source>
        <translation>日期顺序(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/import_records.py" line="313"/>
        <source>Only &amp;contact (name or number contains):</source>
        <translation>只要联系人(&amp;C)（名称或号码包含）：</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/import_records.py" line="314"/>
        <source>Only these &amp;numbers (comma between):</source>
        <translation>只要这些号码(&amp;N)（用逗号分隔）：</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/import_records.py" line="315"/>
        <source>Dates:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/import_records.py" line="321"/>
        <source>Decide from the file</source>
        <translation>按文件判断</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/import_records.py" line="322"/>
        <source>Day before month (31/12)</source>
        <translation>日在月前 (31/12)</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/import_records.py" line="323"/>
        <source>Month before day (12/31)</source>
        <translation>月在日前 (12/31)</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/import_records.py" line="325"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/import_records.py" line="326"/>
        <source>to (inclusive)</source>
        <translation>到（含当天）</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/import_records.py" line="327"/>
        <source>&amp;Preview</source>
        <translation>预览(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/import_records.py" line="328"/>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/import_records.py" line="334"/>
        <source>Choose a call log, message backup, e-mail or chat export</source>
        <translation>选择通话记录、短信备份、邮件或聊天导出文件</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/import_records.py" line="336"/>
        <source>Records (*.xml *.eml *.mbox *.csv *.txt);;All files (*)</source>
        <translation>记录 (*.xml *.eml *.mbox *.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/import_records.py" line="379"/>
        <source>Reading the file…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ecomplaint/ui/timeline/import_records.py" line="395"/>
        <source>%n new record(s)</source>
        <translation>
            <numerusform>%n 条新记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ecomplaint/ui/timeline/import_records.py" line="398"/>
        <source>%n already in the case</source>
        <translation>
            <numerusform>%n 条已在案件中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ecomplaint/ui/timeline/import_records.py" line="400"/>
        <source>%n unreadable, left out</source>
        <translation>
            <numerusform>%n 条无法读取，已略过</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ecomplaint/ui/timeline/import_records.py" line="402"/>
        <source>%n new part(ies)</source>
        <translation>
            <numerusform>%n 个新当事方</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/import_records.py" line="412"/>
        <source>The options changed: press Preview again.</source>
        <translation>选项已更改：请再按“预览”。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ecomplaint/ui/timeline/import_records.py" line="439"/>
        <source>Import of %n record(s)</source>
        <translation>
            <numerusform>导入 %n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/import_records.py" line="454"/>
        <source>Copying the file and adding the records…</source>
        <translation>正在复制文件并添加记录…</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ecomplaint/ui/labels.py" line="42"/>
        <source>They contacted me</source>
        <translation>对方联系我</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/labels.py" line="43"/>
        <source>I contacted them</source>
        <translation>我联系对方</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/labels.py" line="44"/>
        <source>No direction</source>
        <translation>无方向</translation>
    </message>
</context>
<context>
    <name>LapseNotifier</name>
    <message>
        <location filename="../../ecomplaint/ui/today/notifier.py" line="32"/>
        <source>%1 overdue, %2 due within 24 hours, %3 waiting on you</source>
        <translation>%1 项超时，%2 项 24 小时内到期，%3 项等你处理</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/today/notifier.py" line="38"/>
        <source>eComplaint today</source>
        <translation>eComplaint 今日</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/today/notifier.py" line="53"/>
        <source>Promise lapsed</source>
        <translation>承诺已超时</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <location filename="../../ecomplaint/ui/cases/letter_dialog.py" line="73"/>
        <source>Draft a letter</source>
        <translation>起草信函</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/letter_dialog.py" line="82"/>
        <source>Letter</source>
        <translation>信函</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/letter_dialog.py" line="83"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/letter_dialog.py" line="85"/>
        <source>Letter text</source>
        <translation>信函正文</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/letter_dialog.py" line="86"/>
        <source>Drafting…</source>
        <translation>正在起草…</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/letter_dialog.py" line="91"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/letter_dialog.py" line="92"/>
        <source>Save as text…</source>
        <translation>另存为文本…</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/letter_dialog.py" line="93"/>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/letter_dialog.py" line="94"/>
        <source>Mark as sent</source>
        <translation>标记为已发送</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/letter_dialog.py" line="96"/>
        <source>Log it as sent: an entry, the letter as its exhibit, the rung&apos;s clock</source>
        <translation>记为已发送：新增一条记录，信函存为证据，该升级层级的计时开始</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/letter_dialog.py" line="98"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/letter_dialog.py" line="147"/>
        <source>“%1”: %2 characters. %3 (%4)</source>
        <translation>「%1」%2 字。%3（%4）</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/letter_dialog.py" line="150"/>
        <source>“%1”: %2 characters, over the form&apos;s limit of %3 (%4): shorten it.</source>
        <translation>「%1」%2 字，超过表单上限 %3 字（%4），请删减。</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/letter_dialog.py" line="153"/>
        <source>“%1”: %2 of %3 characters (%4)</source>
        <translation>「%1」%2/%3 字（%4）</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/letter_dialog.py" line="170"/>
        <source>Copied to the clipboard.</source>
        <translation>已复制到剪贴板。</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/letter_dialog.py" line="176"/>
        <source>Text (*.txt)</source>
        <translation>文本 (*.txt)</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/letter_dialog.py" line="177"/>
        <source>Save the letter</source>
        <translation>保存信函</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/letter_dialog.py" line="197"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/letter_dialog.py" line="222"/>
        <source>Logged as sent: entry #%1, the letter stored as exhibit #%2.</source>
        <translation>已记录发送：记录 #%1，信函存为证据 #%2。</translation>
    </message>
</context>
<context>
    <name>LogEntryDialog</name>
    <message>
        <location filename="../../ecomplaint/ui/timeline/log_entry_dialog.py" line="139"/>
        <source>Log an entry</source>
        <translation>记录一条</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/log_entry_dialog.py" line="147"/>
        <source>Error message</source>
        <translation>错误信息</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/log_entry_dialog.py" line="169"/>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/log_entry_dialog.py" line="170"/>
        <source>C&amp;hannel</source>
        <translation>渠道(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/log_entry_dialog.py" line="171"/>
        <source>&amp;Direction</source>
        <translation>方向(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/log_entry_dialog.py" line="235"/>
        <source>(not a position)</source>
        <translation>（不表明立场）</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/log_entry_dialog.py" line="239"/>
        <source>Their &amp;position</source>
        <translation>对方立场(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/log_entry_dialog.py" line="174"/>
        <source>(nobody in particular)</source>
        <translation>（不指定）</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/log_entry_dialog.py" line="178"/>
        <source>New party…</source>
        <translation>新当事方…</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/log_entry_dialog.py" line="179"/>
        <source>&amp;Who</source>
        <translation>对方(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/log_entry_dialog.py" line="185"/>
        <source>name or agent ID, e.g. 工号 7731</source>
        <translation>姓名或工号，例如 工号 7731</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/log_entry_dialog.py" line="191"/>
        <source>New party&apos;s role</source>
        <translation>新当事方的角色</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/log_entry_dialog.py" line="192"/>
        <source>New party&apos;s name</source>
        <translation>新当事方的姓名</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/log_entry_dialog.py" line="193"/>
        <source>New party</source>
        <translation>新当事方</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/log_entry_dialog.py" line="198"/>
        <source>Now</source>
        <translation>现在</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/log_entry_dialog.py" line="199"/>
        <source>Earlier today</source>
        <translation>今天早些时候</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/log_entry_dialog.py" line="200"/>
        <source>Yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/log_entry_dialog.py" line="201"/>
        <source>Choose date and time</source>
        <translation>选择日期和时间</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/log_entry_dialog.py" line="204"/>
        <source>Date and time</source>
        <translation>日期和时间</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/log_entry_dialog.py" line="205"/>
        <source>&amp;Approximate</source>
        <translation>大约(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/log_entry_dialog.py" line="206"/>
        <source>Approximate time</source>
        <translation>大约时间</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/log_entry_dialog.py" line="215"/>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/log_entry_dialog.py" line="218"/>
        <source>Whe&amp;n</source>
        <translation>时间(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/log_entry_dialog.py" line="220"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/log_entry_dialog.py" line="225"/>
        <source>What happened, in a sentence or two</source>
        <translation>发生了什么，一两句话即可</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/log_entry_dialog.py" line="227"/>
        <source>&amp;Summary</source>
        <translation>摘要(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/log_entry_dialog.py" line="230"/>
        <source>Their exact words, if you have them</source>
        <translation>对方的原话（如有）</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/log_entry_dialog.py" line="232"/>
        <source>Verbatim &amp;quote</source>
        <translation>原话(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/log_entry_dialog.py" line="241"/>
        <source>They &amp;promised something</source>
        <translation>对方做出了承诺(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/log_entry_dialog.py" line="242"/>
        <source>They promised something</source>
        <translation>对方做出了承诺</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/log_entry_dialog.py" line="244"/>
        <source>Promise</source>
        <translation>承诺</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/log_entry_dialog.py" line="250"/>
        <source>within 24 hours</source>
        <translation>24 小时内</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/log_entry_dialog.py" line="251"/>
        <source>within 24–48 hours</source>
        <translation>24–48 小时内</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/log_entry_dialog.py" line="252"/>
        <source>within 48 hours</source>
        <translation>48 小时内</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/log_entry_dialog.py" line="253"/>
        <source>within 3 working days</source>
        <translation>3 个工作日内</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/log_entry_dialog.py" line="254"/>
        <source>custom window</source>
        <translation>自定义时限</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/log_entry_dialog.py" line="261"/>
        <source>hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/log_entry_dialog.py" line="262"/>
        <source>working days</source>
        <translation>个工作日</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/log_entry_dialog.py" line="263"/>
        <source>Window opens after</source>
        <translation>时限开始于</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/log_entry_dialog.py" line="264"/>
        <source>Window closes after</source>
        <translation>时限结束于</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/log_entry_dialog.py" line="265"/>
        <source>Window unit</source>
        <translation>时限单位</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/log_entry_dialog.py" line="269"/>
        <source>from</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/log_entry_dialog.py" line="271"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/log_entry_dialog.py" line="276"/>
        <source>e.g. reply after checking</source>
        <translation>例如：核实后回复</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/log_entry_dialog.py" line="277"/>
        <source>&amp;What</source>
        <translation>承诺内容(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/log_entry_dialog.py" line="278"/>
        <source>Wi&amp;thin</source>
        <translation>时限(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/log_entry_dialog.py" line="279"/>
        <source>Custom window</source>
        <translation>自定义时限</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/log_entry_dialog.py" line="280"/>
        <source>Desc&amp;ription</source>
        <translation>说明(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/log_entry_dialog.py" line="286"/>
        <source>Save (Ctrl+Enter)</source>
        <translation>保存（Ctrl+Enter）</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/log_entry_dialog.py" line="288"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/log_entry_dialog.py" line="325"/>
        <source>Edit entry</source>
        <translation>编辑记录</translation>
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
        <translation>eComplaint 电商投诉助手</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/main_window.py" line="440"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/main_window.py" line="441"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/main_window.py" line="442"/>
        <source>&amp;Case</source>
        <translation>案件(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/main_window.py" line="443"/>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/main_window.py" line="444"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/main_window.py" line="445"/>
        <source>&amp;New case…</source>
        <translation>新建案件(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/main_window.py" line="446"/>
        <source>&amp;Edit case…</source>
        <translation>编辑案件(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/main_window.py" line="447"/>
        <source>&amp;Log an entry…</source>
        <translation>记录一条(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/main_window.py" line="448"/>
        <source>&amp;Draft a letter…</source>
        <translation>起草信函(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/main_window.py" line="449"/>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/main_window.py" line="450"/>
        <source>&amp;Delete to trash</source>
        <translation>删除到回收站(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/main_window.py" line="451"/>
        <source>Edit the selected entry or &amp;party…</source>
        <translation>编辑所选记录或当事方(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/main_window.py" line="452"/>
        <source>&amp;Trash…</source>
        <translation>回收站(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/main_window.py" line="453"/>
        <source>&amp;Preferences…</source>
        <translation>偏好设置(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/main_window.py" line="454"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/main_window.py" line="455"/>
        <source>&amp;Today</source>
        <translation>今日(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/main_window.py" line="456"/>
        <source>&amp;Cases</source>
        <translation>投诉案件(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/main_window.py" line="457"/>
        <source>&amp;Attach files…</source>
        <translation>添加证据文件(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/main_window.py" line="458"/>
        <source>&amp;Paste evidence</source>
        <translation>粘贴证据(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/main_window.py" line="459"/>
        <source>&amp;Verify evidence</source>
        <translation>校验证据(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/main_window.py" line="460"/>
        <source>E&amp;xport dossier…</source>
        <translation>导出投诉材料(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/main_window.py" line="461"/>
        <source>Export case for a &amp;colleague…</source>
        <translation>导出投诉案件给同事(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/main_window.py" line="462"/>
        <source>&amp;Import case…</source>
        <translation>导入投诉案件(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/main_window.py" line="463"/>
        <source>Import calls, &amp;messages or e-mail…</source>
        <translation>导入通话、短信或邮件(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/main_window.py" line="464"/>
        <source>&amp;Back up now…</source>
        <translation>立即备份(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/main_window.py" line="465"/>
        <source>&amp;Restore from backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/main_window.py" line="466"/>
        <source>&amp;About eComplaint</source>
        <translation>关于 eComplaint(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/main_window.py" line="467"/>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/main_window.py" line="468"/>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/main_window.py" line="471"/>
        <location filename="../../ecomplaint/ui/main_window.py" line="473"/>
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/main_window.py" line="472"/>
        <location filename="../../ecomplaint/ui/main_window.py" line="475"/>
        <source>Parties</source>
        <translation>当事方</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/main_window.py" line="474"/>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/main_window.py" line="476"/>
        <source>Case panels</source>
        <translation>案件面板</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/main_window.py" line="477"/>
        <source>Workspace</source>
        <translation>工作区</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/main_window.py" line="478"/>
        <source>Workspace tabs</source>
        <translation>工作区标签页</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/main_window.py" line="479"/>
        <source>Case panel tabs</source>
        <translation>案件面板标签页</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/main_window.py" line="480"/>
        <source>Number of cases shown</source>
        <translation>显示的案件数</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/main_window.py" line="499"/>
        <source>&amp;Undo %1</source>
        <translation>撤销(&amp;U) %1</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/main_window.py" line="500"/>
        <source>&amp;Redo %1</source>
        <translation>重做(&amp;R) %1</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/main_window.py" line="611"/>
        <source>Cases shown: %1</source>
        <translation>显示的案件：%1</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/main_window.py" line="739"/>
        <source>new case</source>
        <translation>新建案件</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/main_window.py" line="764"/>
        <location filename="../../ecomplaint/ui/main_window.py" line="783"/>
        <source>edit case</source>
        <translation>编辑案件</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/main_window.py" line="788"/>
        <location filename="../../ecomplaint/ui/main_window.py" line="801"/>
        <location filename="../../ecomplaint/ui/main_window.py" line="819"/>
        <source>Open or create a case first.</source>
        <translation>请先打开或新建一个案件。</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/main_window.py" line="833"/>
        <source>log entry</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/main_window.py" line="870"/>
        <source>edit entry</source>
        <translation>编辑记录</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/main_window.py" line="883"/>
        <source>edit party</source>
        <translation>编辑当事方</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/main_window.py" line="897"/>
        <source>restore from trash</source>
        <translation>从回收站恢复</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/main_window.py" line="914"/>
        <source>delete entry</source>
        <translation>删除记录</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/main_window.py" line="922"/>
        <source>delete party</source>
        <translation>删除当事方</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/main_window.py" line="928"/>
        <source>delete case</source>
        <translation>删除案件</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/main_window.py" line="935"/>
        <source>Delete entry</source>
        <translation>删除记录</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/main_window.py" line="937"/>
        <source>This entry holds %1 evidence file(s). Move it and its evidence to the trash? You can undo this.</source>
        <translation>这条记录带有 %1 个证据文件。要把记录及其证据移到回收站吗？此操作可以撤销。</translation>
    </message>
</context>
<context>
    <name>MakeEntriesDialog</name>
    <message>
        <location filename="../../ecomplaint/ui/evidence/make_entries.py" line="413"/>
        <source>Make entries from the screenshot</source>
        <translation>从截图生成记录</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/make_entries.py" line="414"/>
        <source>&amp;Messages are:</source>
        <translation>消息类型(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/make_entries.py" line="415"/>
        <source>&amp;With:</source>
        <translation>对方(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/make_entries.py" line="419"/>
        <source>Text messages (SMS)</source>
        <translation>短信</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/make_entries.py" line="420"/>
        <source>App chat</source>
        <translation>应用内聊天</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/make_entries.py" line="421"/>
        <source>A note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/make_entries.py" line="428"/>
        <source>Double-click a time, side, party or the words to correct them. Each entry keeps the picture&apos;s fingerprint and the lines it quotes.</source>
        <translation>双击时间、方向、当事方或文字即可修改。每条记录都保存图片的指纹和所引用的行。</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/make_entries.py" line="432"/>
        <source>&amp;Make entries</source>
        <translation>生成记录(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/make_entries.py" line="434"/>
        <source>Reading the screenshot&apos;s text…</source>
        <translation>正在读取截图文字…</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/make_entries.py" line="440"/>
        <source>(nobody)</source>
        <translation>（无）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ecomplaint/ui/evidence/make_entries.py" line="479"/>
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n 条消息</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ecomplaint/ui/evidence/make_entries.py" line="482"/>
        <source>%n already made</source>
        <translation>
            <numerusform>%n 条已生成</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ecomplaint/ui/evidence/make_entries.py" line="485"/>
        <source>%n time(s) to check (⚠)</source>
        <translation>
            <numerusform>%n 个时间需核对（⚠）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/make_entries.py" line="487"/>
        <source>not laid out as a chat: one note quoting the lines</source>
        <translation>不是聊天界面：生成一条引用这些行的备注</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/make_entries.py" line="489"/>
        <source>no message in the lines chosen</source>
        <translation>所选行中没有消息</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/make_entries.py" line="498"/>
        <source>line %1 is a time stamp (it dates the messages under it)</source>
        <translation>第 %1 行是时间标记（用作其下消息的时间）</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/make_entries.py" line="499"/>
        <source>line %1 is a message&apos;s own time (used as its time)</source>
        <translation>第 %1 行是消息自带的时间（用作其时间）</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/make_entries.py" line="500"/>
        <source>line %1 has no words</source>
        <translation>第 %1 行没有文字</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/make_entries.py" line="502"/>
        <source>line %1 is not part of any message</source>
        <translation>第 %1 行不属于任何消息</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/make_entries.py" line="504"/>
        <source>chosen but not quoted: %1</source>
        <translation>已选但未引用：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ecomplaint/ui/evidence/make_entries.py" line="520"/>
        <source>%n entry(ies) from a screenshot</source>
        <translation>
            <numerusform>从截图生成 %n 条记录</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ops</name>
    <message>
        <location filename="../../ecomplaint/ui/ops.py" line="73"/>
        <source>Something went wrong: %1</source>
        <translation>出错了：%1</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/ops.py" line="478"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/ops.py" line="519"/>
        <source>eComplaint</source>
        <translation>eComplaint 电商投诉助手</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <location filename="../../ecomplaint/ui/timeline/overview.py" line="122"/>
        <source>Calls</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/overview.py" line="123"/>
        <source>Visits</source>
        <translation>上门</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/overview.py" line="124"/>
        <source>Chats</source>
        <translation>聊天/短信</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/overview.py" line="125"/>
        <source>Harassment</source>
        <translation>骚扰</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/overview.py" line="126"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>PartyDialog</name>
    <message>
        <location filename="../../ecomplaint/ui/cases/party_dialog.py" line="34"/>
        <source>Edit party</source>
        <translation>编辑当事方</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/party_dialog.py" line="52"/>
        <source>&amp;Role</source>
        <translation>角色(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/party_dialog.py" line="53"/>
        <source>&amp;Name</source>
        <translation>姓名或工号(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/party_dialog.py" line="54"/>
        <source>&amp;Organisation</source>
        <translation>单位(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/party_dialog.py" line="55"/>
        <source>&amp;Contact</source>
        <translation>联系方式(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/party_dialog.py" line="56"/>
        <source>N&amp;otes</source>
        <translation>备注(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/party_dialog.py" line="65"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/cases/party_dialog.py" line="66"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../ecomplaint/ui/dialogs/preferences.py" line="28"/>
        <source>Preferences</source>
        <translation>偏好设置</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/dialogs/preferences.py" line="31"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/dialogs/preferences.py" line="35"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/dialogs/preferences.py" line="37"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/dialogs/preferences.py" line="43"/>
        <source>empty: this computer&apos;s own database</source>
        <translation>留空：使用本机数据库</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/dialogs/preferences.py" line="53"/>
        <source>Each case&apos;s own time zone</source>
        <translation>各案件自己的时区</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/dialogs/preferences.py" line="61"/>
        <source>Your name</source>
        <translation>你的名字</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/dialogs/preferences.py" line="62"/>
        <source>Team database URL</source>
        <translation>团队数据库地址</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/dialogs/preferences.py" line="63"/>
        <source>Shared evidence folder</source>
        <translation>共享证据文件夹</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/dialogs/preferences.py" line="64"/>
        <source>Largest evidence file</source>
        <translation>证据文件大小上限</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/dialogs/preferences.py" line="65"/>
        <source>Automatic backups kept</source>
        <translation>保留的自动备份数</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/dialogs/preferences.py" line="66"/>
        <source>Show times in</source>
        <translation>时间显示时区</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/dialogs/preferences.py" line="71"/>
        <source>A new database URL or evidence folder applies when eComplaint restarts.</source>
        <translation>更改数据库地址或证据文件夹后，需重新启动 eComplaint 才会生效。</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/dialogs/preferences.py" line="76"/>
        <source>The window switches language as soon as you press OK.</source>
        <translation>按“确定”后窗口立即切换语言。</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/dialogs/preferences.py" line="82"/>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/dialogs/preferences.py" line="83"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../ecomplaint/ui/timeline/import_records.py" line="132"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/import_records.py" line="133"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/import_records.py" line="134"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/import_records.py" line="135"/>
        <source>Party</source>
        <translation>当事方</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/import_records.py" line="136"/>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/import_records.py" line="137"/>
        <source>Already in the case</source>
        <translation>已在案件中</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/import_records.py" line="142"/>
        <source>Imported before from this file</source>
        <translation>以前已从此文件导入</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/import_records.py" line="143"/>
        <source>Same time, party and text</source>
        <translation>时间、当事方和内容相同</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/import_records.py" line="144"/>
        <source>Repeated in this file</source>
        <translation>文件中重复</translation>
    </message>
</context>
<context>
    <name>ProposalModel</name>
    <message>
        <location filename="../../ecomplaint/ui/evidence/make_entries.py" line="134"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/make_entries.py" line="135"/>
        <source>Time (%1)</source>
        <translation>时间（%1）</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/make_entries.py" line="136"/>
        <source>Side</source>
        <translation>方向</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/make_entries.py" line="137"/>
        <source>Party</source>
        <translation>当事方</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/make_entries.py" line="138"/>
        <source>Words (verbatim)</source>
        <translation>原话</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/make_entries.py" line="139"/>
        <source>Lines</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/make_entries.py" line="140"/>
        <source>Check</source>
        <translation>核对</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/make_entries.py" line="145"/>
        <source>them → me</source>
        <translation>对方 → 我</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/make_entries.py" line="146"/>
        <source>me → them</source>
        <translation>我 → 对方</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/make_entries.py" line="147"/>
        <source>neither</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/make_entries.py" line="151"/>
        <source>Time of the stamp below it: check it.</source>
        <translation>取下方时间标记的时间，请核对。</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/make_entries.py" line="152"/>
        <source>No time stamp: the time of the screenshot. Check it.</source>
        <translation>无时间标记：取截图时间，请核对。</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/make_entries.py" line="153"/>
        <source>No time on the picture: the time it was added. Check it.</source>
        <translation>图片上没有时间：取文件添加的时间，请核对。</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/make_entries.py" line="154"/>
        <source>Day counted from when the file was added: check it.</source>
        <translation>日期按文件添加时间推算，请核对。</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/make_entries.py" line="155"/>
        <source>No time: give one.</source>
        <translation>没有时间，请填写。</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/make_entries.py" line="159"/>
        <source>Already made from these lines: entry #%1.</source>
        <translation>已由这些行生成：记录 #%1。</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/make_entries.py" line="167"/>
        <source>about %1</source>
        <translation>约 %1</translation>
    </message>
</context>
<context>
    <name>Reading</name>
    <message>
        <location filename="../../ecomplaint/ui/evidence/reading.py" line="61"/>
        <source>The text of this picture could not be read. The exhibit is stored and verified as usual.</source>
        <translation>无法识别此图片的文字。证据已照常保存并校验。</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/reading.py" line="222"/>
        <location filename="../../ecomplaint/ui/evidence/reading.py" line="256"/>
        <source>Reading text</source>
        <translation>识别文字</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/evidence/reading.py" line="268"/>
        <source>Reading text: %1 of %2 · %3</source>
        <translation>正在识别文字：第 %1 / %2 个 · %3</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../ecomplaint/ui/files/restore_dialog.py" line="77"/>
        <location filename="../../ecomplaint/ui/files/restore_dialog.py" line="136"/>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/files/restore_dialog.py" line="84"/>
        <source>This backup holds:</source>
        <translation>此备份包含：</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/files/restore_dialog.py" line="90"/>
        <source>Restoring replaces all cases and evidence in this store by the backup&apos;s. The current state is backed up first.</source>
        <translation>恢复会用备份中的内容替换当前所有投诉案件和证据。恢复前会先备份当前状态。</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/files/restore_dialog.py" line="99"/>
        <source>Restore…</source>
        <translation>恢复…</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/files/restore_dialog.py" line="115"/>
        <source>This file cannot be restored:</source>
        <translation>无法从此文件恢复：</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/files/restore_dialog.py" line="128"/>
        <source>Replace the current store?</source>
        <translation>替换当前数据？</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/files/restore_dialog.py" line="129"/>
        <source>All cases and evidence will be replaced by the backup. Continue?</source>
        <translation>所有投诉案件和证据都将被备份内容替换。继续吗？</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/files/restore_dialog.py" line="140"/>
        <source>Cancelled; nothing was changed.</source>
        <translation>已取消，没有做任何更改。</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/files/restore_dialog.py" line="156"/>
        <source>Restored</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/files/restore_dialog.py" line="157"/>
        <source>The store was restored. The previous state was kept in {path}.</source>
        <translation>数据已恢复。恢复前的状态保存在 {path}。</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/files/restore_dialog.py" line="165"/>
        <source>The restore did not happen:</source>
        <translation>未能恢复：</translation>
    </message>
</context>
<context>
    <name>StartupFrame</name>
    <message>
        <location filename="../../ecomplaint/ui/dialogs/startup_frame.py" line="24"/>
        <source>Opening your cases…</source>
        <translation>正在打开您的案件…</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/dialogs/startup_frame.py" line="24"/>
        <source>Connecting to the team database…</source>
        <translation>正在连接团队数据库…</translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <location filename="../../ecomplaint/ui/dialogs/store_error.py" line="15"/>
        <source>The eComplaint data could not be opened</source>
        <translation>无法打开 eComplaint 数据</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/dialogs/store_error.py" line="22"/>
        <source>File: %1</source>
        <translation>文件：%1</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/dialogs/store_error.py" line="24"/>
        <source>Backups (newest first):</source>
        <translation>备份（最新的在前）：</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/dialogs/store_error.py" line="27"/>
        <source>No backups were found.</source>
        <translation>没有找到备份。</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../../ecomplaint/ui/timeline/model.py" line="59"/>
        <source>by %1</source>
        <translation>%1 前</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/model.py" line="65"/>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/model.py" line="67"/>
        <source>%1 d</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/model.py" line="73"/>
        <source>Evidence: %1</source>
        <translation>证据：%1</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/model.py" line="81"/>
        <source>Monday</source>
        <translation>星期一</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/model.py" line="82"/>
        <source>Tuesday</source>
        <translation>星期二</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/model.py" line="83"/>
        <source>Wednesday</source>
        <translation>星期三</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/model.py" line="84"/>
        <source>Thursday</source>
        <translation>星期四</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/model.py" line="85"/>
        <source>Friday</source>
        <translation>星期五</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/model.py" line="86"/>
        <source>Saturday</source>
        <translation>星期六</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/model.py" line="87"/>
        <source>Sunday</source>
        <translation>星期日</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/model.py" line="95"/>
        <source>that day</source>
        <translation>当天</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/model.py" line="97"/>
        <source>about %1</source>
        <translation>约 %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ecomplaint/ui/timeline/model.py" line="103"/>
        <source>%n missed call(s)</source>
        <translation>
            <numerusform>%n 个未接来电</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ecomplaint/ui/timeline/model.py" line="104"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/timeline/model.py" line="105"/>
        <source>%1 in %2</source>
        <comment>burst: 9 missed calls in 20 minutes</comment>
        <translation>%2内 %1</translation>
    </message>
</context>
<context>
    <name>TodayModel</name>
    <message>
        <location filename="../../ecomplaint/ui/today/model.py" line="93"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/today/model.py" line="94"/>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/today/model.py" line="95"/>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/today/model.py" line="96"/>
        <source>Who</source>
        <translation>对方</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/today/model.py" line="97"/>
        <source>Deadline / since</source>
        <translation>期限/已过</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/today/model.py" line="127"/>
        <source>Overdue by %1</source>
        <translation>已超时 %1</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/today/model.py" line="129"/>
        <source>Due in %1</source>
        <translation>%1 后到期</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/today/model.py" line="131"/>
        <source>Paused: waiting on me</source>
        <translation>已暂停：等我处理</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/today/model.py" line="132"/>
        <source>Final offer: my decision</source>
        <translation>最终方案：由我决定</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/today/model.py" line="133"/>
        <source>Refused: my decision</source>
        <translation>对方拒绝：由我决定</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <location filename="../../ecomplaint/ui/today/view.py" line="66"/>
        <source>Overdue: %1   Due within 24 h: %2   Waiting on me: %3</source>
        <translation>超时：%1   24 小时内到期：%2   等我处理：%3</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/today/view.py" line="77"/>
        <source>My own legal deadlines (%1)</source>
        <translation>我的法定期限（%1）</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/today/view.py" line="80"/>
        <source>clock stopped</source>
        <translation>暂停计时</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/today/view.py" line="82"/>
        <source>%1 days left</source>
        <translation>还剩 %1 天</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/today/view.py" line="87"/>
        <source>%1  %2 (%3; %4) — %5</source>
        <translation>%1  %2（%3；%4）— %5</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/today/view.py" line="99"/>
        <source>%1 overdue</source>
        <translation>%1 项超时</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/today/view.py" line="101"/>
        <source>%1 due within 24 h</source>
        <translation>%1 项 24 小时内到期</translation>
    </message>
</context>
<context>
    <name>TodayWiring</name>
    <message>
        <location filename="../../ecomplaint/ui/today/wiring.py" line="83"/>
        <source>Today</source>
        <translation>今日</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <location filename="../../ecomplaint/ui/dialogs/trash.py" line="44"/>
        <source>Trash</source>
        <translation>回收站</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/dialogs/trash.py" line="47"/>
        <source>Deleted items</source>
        <translation>已删除的项目</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/dialogs/trash.py" line="49"/>
        <source>The trash is empty.</source>
        <translation>回收站是空的。</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/dialogs/trash.py" line="50"/>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/dialogs/trash.py" line="51"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/dialogs/trash.py" line="56"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/dialogs/trash.py" line="69"/>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/dialogs/trash.py" line="70"/>
        <source>Party</source>
        <translation>当事方</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/dialogs/trash.py" line="71"/>
        <source>Entry</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/dialogs/trash.py" line="72"/>
        <source>Escalation</source>
        <translation>升级</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/dialogs/trash.py" line="73"/>
        <source>Promise</source>
        <translation>承诺</translation>
    </message>
    <message>
        <location filename="../../ecomplaint/ui/dialogs/trash.py" line="74"/>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
</context>
</TS>
