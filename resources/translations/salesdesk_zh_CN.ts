<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About salesdesk</source>
        <translation>关于 salesdesk</translation>
    </message>
    <message>
        <source>Client version</source>
        <translation>客户端版本</translation>
    </message>
    <message>
        <source>Database schema</source>
        <translation>数据库结构版本</translation>
    </message>
    <message>
        <source>Schema this client needs</source>
        <translation>本客户端所需结构版本</translation>
    </message>
    <message>
        <source>PostgreSQL server</source>
        <translation>PostgreSQL 服务器</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Qt / PySide6</source>
        <translation>Qt / PySide6</translation>
    </message>
</context>
<context>
    <name>ApprovalRuleDialog</name>
    <message>
        <source>Superior, levels up</source>
        <translation>上级（向上几级）</translation>
    </message>
    <message>
        <source>Holders of a position</source>
        <translation>某岗位的任职者</translation>
    </message>
    <message>
        <source>Named people (logins)</source>
        <translation>指定人员（登录名）</translation>
    </message>
    <message>
        <source>Approval rule</source>
        <translation>审批规则</translation>
    </message>
    <message>
        <source>Request &amp;type</source>
        <translation>申请类型(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation>优先级(&amp;P)</translation>
    </message>
    <message>
        <source>Amount &amp;at least</source>
        <translation>金额不低于(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Discount at least (%)</source>
        <translation>折扣不低于（%）(&amp;D)</translation>
    </message>
    <message>
        <source>Expense &amp;categories</source>
        <translation>费用类别(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Steps, in order</source>
        <translation>审批步骤，按顺序(&amp;S)</translation>
    </message>
    <message>
        <source>Acti&amp;ve</source>
        <translation>启用(&amp;V)</translation>
    </message>
    <message>
        <source>Add st&amp;ep</source>
        <translation>添加步骤(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Remove step</source>
        <translation>删除步骤(&amp;R)</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>审批人</translation>
    </message>
    <message>
        <source>Levels, position or people</source>
        <translation>级数、岗位或人员</translation>
    </message>
    <message>
        <source>any amount</source>
        <translation>不限金额</translation>
    </message>
    <message>
        <source>any discount</source>
        <translation>不限折扣</translation>
    </message>
    <message>
        <source> level(s) up</source>
        <translation> 级上级</translation>
    </message>
    <message>
        <source>logins, separated by commas</source>
        <translation>登录名，用逗号分隔</translation>
    </message>
    <message>
        <source>Name at least one person (their login) in each step of named people.</source>
        <translation>每个指定人员步骤至少填写一人（登录名）。</translation>
    </message>
    <message>
        <source>Choose the position of each step of a position.</source>
        <translation>请为每个岗位步骤选择岗位。</translation>
    </message>
    <message>
        <source>Request type</source>
        <translation>申请类型</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Amount at least</source>
        <translation>金额不低于</translation>
    </message>
    <message>
        <source>Discount at least</source>
        <translation>折扣不低于</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>审批步骤</translation>
    </message>
    <message numerus="yes">
        <source>superior %n level(s) up</source>
        <translation><numerusform>向上 %n 级上级</numerusform></translation>
    </message>
    <message>
        <source>A&amp;ctivate</source>
        <translation>启用(&amp;C)</translation>
    </message>
    <message>
        <source>The first active rule of a request's type, by priority, whose conditions all hold decides who approves it; a request no rule matches needs no approval.</source>
        <translation>按优先级，申请类型相同、条件全部满足的第一条启用规则决定由谁审批；没有匹配规则的申请无需审批。</translation>
    </message>
    <message>
        <source>The company's approval rules. Only who maintains approval rules changes them.</source>
        <translation>公司的审批规则。只有维护审批规则的人员可以修改。</translation>
    </message>
    <message>
        <source>&amp;Add rule…</source>
        <translation>新增规则(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit rule…</source>
        <translation>修改规则(&amp;E)…</translation>
    </message>
</context>
<context>
    <name>ApprovalRulesPage</name>
    <message>
        <source>{who} ({mode})</source>
        <translation>{who}（{mode}）</translation>
    </message>
</context>
<context>
    <name>ApprovalsPage</name>
    <message>
        <source>Request</source>
        <translation>申请</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>审批方式</translation>
    </message>
    <message>
        <source>Submitted at</source>
        <translation>提交时间</translation>
    </message>
    <message>
        <source>Waiting on</source>
        <translation>待审批人</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>{n} of {total}</source>
        <translation>第 {n}/{total} 步</translation>
    </message>
    <message>
        <source>Waiting on me ({n})</source>
        <translation>待我审批（{n}）</translation>
    </message>
    <message>
        <source>Submitted by me</source>
        <translation>我提交的</translation>
    </message>
    <message>
        <source>Trail of the selected request</source>
        <translation>所选申请的审批记录</translation>
    </message>
    <message>
        <source>Comment (a rejection needs one) — Ctrl+Enter approves</source>
        <translation>审批意见（驳回时必填）— Ctrl+Enter 同意</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>同意(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>驳回(&amp;J)</translation>
    </message>
    <message>
        <source>Add &amp;comment</source>
        <translation>添加意见(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>撤回(&amp;W)</translation>
    </message>
    <message>
        <source>A request is waiting for your approval.</source>
        <translation>有一条申请等待您审批。</translation>
    </message>
    <message>
        <source>Approved: the request goes on.</source>
        <translation>已同意，申请继续流转。</translation>
    </message>
    <message>
        <source>Rejected: the requester sees your comment.</source>
        <translation>已驳回，申请人可看到您的意见。</translation>
    </message>
    <message>
        <source>Your comment is in the trail.</source>
        <translation>您的意见已记入审批记录。</translation>
    </message>
    <message>
        <source>The request is withdrawn.</source>
        <translation>申请已撤回。</translation>
    </message>
</context>
<context>
    <name>ArchivedCustomersPage</name>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Archived customers are out of every list, with their contacts and history kept. Restore brings them back to Customers.</source>
        <translation>已归档的客户不出现在任何列表中，其联系人和历史记录都完整保留。恢复后它们会回到“客户”页。</translation>
    </message>
    <message>
        <source>No archived customers</source>
        <translation>没有已归档的客户</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) restored.</source>
        <translation>
            <numerusform>已恢复 %n 个客户。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>当前密码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation>确认新密码(&amp;R)：</translation>
    </message>
    <message>
        <source>Choose a new password of at least {min} characters.</source>
        <translation>新密码至少需要 {min} 个字符。</translation>
    </message>
    <message>
        <source>You signed in with a password from IT. Please choose your own password now; the one you were given then stops working.</source>
        <translation>您使用的是 IT 提供的初始密码。请现在设置您自己的密码；设置后初始密码即失效。</translation>
    </message>
    <message>
        <source>The current password is not correct.</source>
        <translation>当前密码不正确。</translation>
    </message>
</context>
<context>
    <name>ChartCanvas</name>
    <message>
        <source>Save as PNG…</source>
        <translation>另存为 PNG…</translation>
    </message>
    <message>
        <source>Copy chart</source>
        <translation>复制图表</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>The chart could not be saved: %1</source>
        <translation>图表未能保存：%1</translation>
    </message>
</context>
<context>
    <name>CompanyProfileEditor</name>
    <message>
        <source>Company details</source>
        <translation>公司信息</translation>
    </message>
    <message>
        <source>Printed as the seller's header of every quote and contract.</source>
        <translation>打印在每份报价单和合同的卖方抬头上。</translation>
    </message>
    <message>
        <source>&amp;Legal name (as registered)</source>
        <translation>公司全称（以营业执照为准）(&amp;L)</translation>
    </message>
    <message>
        <source>S&amp;hort name</source>
        <translation>简称(&amp;H)</translation>
    </message>
    <message>
        <source>Registered a&amp;ddress</source>
        <translation>注册地址(&amp;D)</translation>
    </message>
    <message>
        <source>Tele&amp;phone</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Tax number (unified social credit code)</source>
        <translation>税号（统一社会信用代码）(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Bank and branch</source>
        <translation>开户银行(&amp;B)</translation>
    </message>
    <message>
        <source>Account n&amp;umber</source>
        <translation>银行账号(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Web address</source>
        <translation>网址(&amp;W)</translation>
    </message>
    <message>
        <source>Last changed on {when} by {who}.</source>
        <translation>{who} 于 {when} 最后修改。</translation>
    </message>
    <message>
        <source>The company details are saved.</source>
        <translation>公司信息已保存。</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Someone else changed this customer</source>
        <translation>其他人修改了这个客户</translation>
    </message>
    <message>
        <source>Your changes were not saved. Compare them with the current version, then reload it (your changes are discarded) or keep editing (your changes are applied on top of the current version and you can save again).</source>
        <translation>您的修改尚未保存。请与当前版本对比，然后选择重新加载（放弃您的修改），或继续编辑（您的修改会应用在当前版本之上，可以再次保存）。</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Your value</source>
        <translation>您的值</translation>
    </message>
    <message>
        <source>Their current value</source>
        <translation>对方的当前值</translation>
    </message>
    <message>
        <source>&amp;Reload (discard my changes)</source>
        <translation>重新加载(&amp;R)（放弃我的修改）</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>继续编辑(&amp;K)</translation>
    </message>
    <message>
        <source>{name} changed this customer at {when} while you were editing it.</source>
        <translation>在您编辑期间，{name} 于 {when} 修改了这个客户。</translation>
    </message>
    <message>
        <source>Someone else changed this customer while you were editing it.</source>
        <translation>在您编辑期间，其他人修改了这个客户。</translation>
    </message>
    <message>
        <source>Their other changes are already in the form: {fields}.</source>
        <translation>对方的其他修改已填入表单：{fields}。</translation>
    </message>
</context>
<context>
    <name>ContractEditor</name>
    <message>
        <source>C&amp;ontract</source>
        <translation>合同(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>客户(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>Si&amp;gned on:</source>
        <translation>签订日期(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Starts on:</source>
        <translation>开始日期(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Ends on:</source>
        <translation>结束日期(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>A&amp;pproval</source>
        <translation>审批(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Versions</source>
        <translation>版本(&amp;V)</translation>
    </message>
    <message>
        <source>The totals are computed when you save.</source>
        <translation>保存后由系统计算合计。</translation>
    </message>
    <message>
        <source>Amendment: amount {amount} + tax {tax} = total {total}</source>
        <translation>变更后：金额 {amount} + 税额 {tax} = 价税合计 {total}</translation>
    </message>
    <message>
        <source>Amount {amount} + tax {tax} = total {total}</source>
        <translation>金额 {amount} + 税额 {tax} = 价税合计 {total}</translation>
    </message>
    <message>
        <source>New contract</source>
        <translation>新建合同</translation>
    </message>
    <message>
        <source>This contract is {status}: it changes only through an amendment.</source>
        <translation>此合同状态为“{status}”：只能通过合同变更修改。</translation>
    </message>
    <message>
        <source>You can read this contract but not change it.</source>
        <translation>您可以查看此合同，但不能修改。</translation>
    </message>
    <message>
        <source>Payments and invoices</source>
        <translation>回款与开票</translation>
    </message>
    <message>
        <source>Tax rate %</source>
        <translation>税率 %</translation>
    </message>
</context>
<context>
    <name>ContractFlow</name>
    <message>
        <source>Mark in effect</source>
        <translation>标记为已生效</translation>
    </message>
    <message>
        <source>Mark fulfilled</source>
        <translation>标记为已履行</translation>
    </message>
    <message>
        <source>Cancel contract…</source>
        <translation>作废合同…</translation>
    </message>
    <message>
        <source>Amend</source>
        <translation>合同变更</translation>
    </message>
    <message>
        <source>Submit amendment</source>
        <translation>提交变更</translation>
    </message>
    <message>
        <source>Withdraw amendment</source>
        <translation>撤回变更</translation>
    </message>
    <message>
        <source>Discard amendment</source>
        <translation>放弃变更</translation>
    </message>
    <message>
        <source>A new contract: save it, then submit it for approval.</source>
        <translation>新合同：先保存，再提交审批。</translation>
    </message>
    <message>
        <source> · No. {number}</source>
        <translation> · 编号 {number}</translation>
    </message>
    <message>
        <source> · amendment {n} in force</source>
        <translation> · 第 {n} 次变更已生效</translation>
    </message>
    <message>
        <source>Amendment {n} is being edited ({state}): the approved contract stays in force until the amendment is approved. Amendment total {total}.</source>
        <translation>第 {n} 次变更编辑中（{state}）：变更审批通过前，已审批的合同继续有效。变更后合计 {total}。</translation>
    </message>
    <message>
        <source>Amendment {n} is waiting for approval; the approved contract stays in force meanwhile.</source>
        <translation>第 {n} 次变更待审批；在此期间已审批的合同继续有效。</translation>
    </message>
    <message>
        <source>Export contract…</source>
        <translation>导出合同…</translation>
    </message>
    <message>
        <source>Cancel contract</source>
        <translation>作废合同</translation>
    </message>
    <message>
        <source>Cancel this contract? Its number stays with it; this cannot be undone.</source>
        <translation>作废此合同？合同编号保留，不再使用；此操作无法撤销。</translation>
    </message>
    <message>
        <source>Export contract</source>
        <translation>导出合同</translation>
    </message>
    <message>
        <source>Contract saved to {path}</source>
        <translation>合同已保存到 {path}</translation>
    </message>
</context>
<context>
    <name>ContractListPage</name>
    <message numerus="yes">
        <source>%n contract(s)</source>
        <translation><numerusform>%n 份合同</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>at least %n contract(s)</source>
        <translation><numerusform>至少 %n 份合同</numerusform></translation>
    </message>
    <message>
        <source>Any customer</source>
        <translation>全部客户</translation>
    </message>
    <message>
        <source>Search title or number…</source>
        <translation>搜索标题或合同编号…</translation>
    </message>
    <message>
        <source>No contracts yet — press {key} to add one</source>
        <translation>还没有合同——按 {key} 新建</translation>
    </message>
</context>
<context>
    <name>ContractModels</name>
    <message>
        <source>Contract name</source>
        <translation>合同名称</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>签订日期</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>原始合同</translation>
    </message>
    <message>
        <source>Amendment {n}</source>
        <translation>第 {n} 次变更</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>审批人</translation>
    </message>
    <message>
        <source>Approved at</source>
        <translation>审批时间</translation>
    </message>
</context>
<context>
    <name>ContractStatus</name>
    <message>
        <source>Waiting for approval</source>
        <translation>待审批</translation>
    </message>
    <message>
        <source>In effect</source>
        <translation>已生效</translation>
    </message>
    <message>
        <source>Fulfilled</source>
        <translation>已履行</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已作废</translation>
    </message>
</context>
<context>
    <name>Customer360Page</name>
    <message>
        <source>Last contact: {when}</source>
        <translation>最近联系：{when}</translation>
    </message>
    <message>
        <source>Next follow-up: {when}</source>
        <translation>下次跟进：{when}</translation>
    </message>
    <message>
        <source>Open pipeline {open} · weighted {weighted} · won this year {won}</source>
        <translation>进行中商机 {open} · 加权 {weighted} · 今年赢单 {won}</translation>
    </message>
    <message>
        <source>{kind} with {contact}</source>
        <translation>{kind}（{contact}）</translation>
    </message>
    <message>
        <source>Deal moved to {stage}</source>
        <translation>商机进入「{stage}」</translation>
    </message>
    <message>
        <source>Owner {old} → {new}</source>
        <translation>负责人 {old} → {new}</translation>
    </message>
    <message>
        <source>&amp;Log follow-up</source>
        <translation>记跟进(&amp;L)</translation>
    </message>
    <message>
        <source>Open &amp;customer</source>
        <translation>打开客户(&amp;C)</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
</context>
<context>
    <name>CustomerActions</name>
    <message numerus="yes">
        <source>Archive %n customer(s)? They leave the lists but nothing is deleted.</source>
        <translation>
            <numerusform>归档 %n 个客户？它们将从列表中移除，但不会删除任何数据。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerAnalysis</name>
    <message>
        <source>Customers by segment</source>
        <translation>各分群客户数</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>ABC by revenue: A %1 · B %2 · C %3 customers</source>
        <translation>按收入 ABC 分类：A 类 %1 · B 类 %2 · C 类 %3 个客户</translation>
    </message>
    <message>
        <source>Cumulative share</source>
        <translation>累计占比</translation>
    </message>
    <message>
        <source>Profit contribution, top %1</source>
        <translation>利润贡献前 %1 名</translation>
    </message>
    <message>
        <source>The first %1 of %2 customers, largest first; click a header to sort by it.</source>
        <translation>显示 %2 个客户中的前 %1 个，从大到小排列；点击列标题按该列排序。</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>截至日期(&amp;A)：</translation>
    </message>
    <message>
        <source>Re&amp;calculate</source>
        <translation>重新计算(&amp;C)</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>显示(&amp;W)：</translation>
    </message>
    <message>
        <source>Profit contribution is shown only to positions that may see cost.</source>
        <translation>利润贡献仅对有权查看成本的岗位显示。</translation>
    </message>
    <message>
        <source>Segments (RFM)</source>
        <translation>客户分群（RFM）</translation>
    </message>
    <message>
        <source>ABC by revenue</source>
        <translation>按收入 ABC 分类</translation>
    </message>
    <message>
        <source>Profit ranking</source>
        <translation>利润贡献排名</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>近 12 个月</translation>
    </message>
    <message>
        <source>Each customer</source>
        <translation>逐个客户</translation>
    </message>
    <message>
        <source>By person</source>
        <translation>按人员</translation>
    </message>
    <message>
        <source>By unit</source>
        <translation>按部门</translation>
    </message>
    <message>
        <source>%1 (average)</source>
        <translation>%1（平均）</translation>
    </message>
    <message>
        <source>Follow-ups in 12 months</source>
        <translation>近 12 个月跟进次数</translation>
    </message>
    <message>
        <source>Champion</source>
        <translation>重要价值客户</translation>
    </message>
    <message>
        <source>Loyal</source>
        <translation>忠诚客户</translation>
    </message>
    <message>
        <source>New or occasional</source>
        <translation>新客户或偶购客户</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>流失风险客户</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation>沉睡客户</translation>
    </message>
    <message>
        <source>Never bought</source>
        <translation>未成交客户</translation>
    </message>
    <message>
        <source>Strategic</source>
        <translation>战略</translation>
    </message>
    <message>
        <source>Close relationship</source>
        <translation>紧密</translation>
    </message>
    <message>
        <source>Ordinary</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Distant</source>
        <translation>疏远</translation>
    </message>
    <message>
        <source>Sum of the totals (tax included) of the customer's approved, in-effect and fulfilled contracts.</source>
        <translation>该客户已审批、已生效和已履行合同的价税合计之和。</translation>
    </message>
    <message>
        <source>Sum of those contracts' amounts before tax.</source>
        <translation>上述合同不含税金额之和。</translation>
    </message>
    <message>
        <source>Sum of the approved payments on those contracts.</source>
        <translation>上述合同已审批回款之和。</translation>
    </message>
    <message>
        <source>Approved contracts − received.</source>
        <translation>已审批合同额 − 已回款。</translation>
    </message>
    <message>
        <source>Sum of the invoices (tax included) on those contracts.</source>
        <translation>上述合同已开发票（含税）之和。</translation>
    </message>
    <message>
        <source>Sum of the approved expenses linked to the customer.</source>
        <translation>关联到该客户的已审批费用之和。</translation>
    </message>
    <message>
        <source>Sum over the contracts' lines of quantity × cost price (a product without a cost price counts 0). Shown only to positions that may see cost.</source>
        <translation>上述合同各明细行的数量 × 成本价之和（没有成本价的产品按 0 计）。仅对有权查看成本的岗位显示。</translation>
    </message>
    <message>
        <source>Revenue − product cost − allocated expenses. Shown only to positions that may see cost.</source>
        <translation>收入 − 产品成本 − 分摊费用。仅对有权查看成本的岗位显示。</translation>
    </message>
    <message>
        <source>Follow-ups in the last 12 months ÷ 12.</source>
        <translation>近 12 个月跟进次数 ÷ 12。</translation>
    </message>
    <message>
        <source>Days from the last follow-up to the analysis date.</source>
        <translation>从最近一次跟进到分析日期的天数。</translation>
    </message>
    <message>
        <source>Sum of the totals of the contracts approved in the last 12 months.</source>
        <translation>近 12 个月内审批通过的合同价税合计之和。</translation>
    </message>
    <message>
        <source>100 × (0.5 × punctuality + 0.3 × (1 − overdue share) + 0.2 × (1 − min(1, credit use))). Punctuality: the share of the amount due so far that was paid by its due date; overdue share: the share of the instalments due so far not paid in full by their due date; credit use: receivable ÷ credit limit. A ≥ 85, B ≥ 70, C ≥ 50, else D.</source>
        <translation>100 ×（0.5 × 回款准时率 + 0.3 ×（1 − 逾期比例）+ 0.2 ×（1 − min（1，信用额度使用率）））。回款准时率：截至目前已到期金额中在到期日前回款的比例；逾期比例：已到期回款计划中未在到期日前足额回款的比例；信用额度使用率：应收 ÷ 信用额度。A ≥ 85，B ≥ 70，C ≥ 50，其余为 D。</translation>
    </message>
    <message>
        <source>40 × min(1, follow-ups in 12 months ÷ 12) + 30 × max(0, 1 − days since contact ÷ 180) + 30 × min(1, approved contracts ÷ 3). Strategic ≥ 75, close ≥ 50, ordinary ≥ 25, else distant.</source>
        <translation>40 × min（1，近 12 个月跟进次数 ÷ 12） + 30 × max（0，1 − 距上次联系天数 ÷ 180） + 30 × min（1，已审批合同数 ÷ 3）。战略 ≥ 75，紧密 ≥ 50，一般 ≥ 25，其余为疏远。</translation>
    </message>
    <message>
        <source>R: last contract approved ≤ 90 days ago 3, ≤ 180 days 2, else 1. F: contracts approved in 12 months ≥ 3: 3, ≥ 1: 2, else 1. M: purchasing power ≥ ¥1,000,000: 3, ≥ ¥100,000: 2, above 0: 1. Champion: R = 3 and F + M ≥ 5; loyal: R ≥ 2 and F + M ≥ 4; at risk: R = 1 and F + M ≥ 3; new or occasional: R ≥ 2; lapsed: the rest; never bought: no approved contract.</source>
        <translation>R：最近一份合同审批距今 ≤ 90 天为 3，≤ 180 天为 2，否则为 1。F：近 12 个月审批合同数 ≥ 3 为 3，≥ 1 为 2，否则为 1。M：购买力 ≥ ¥1,000,000 为 3，≥ ¥100,000 为 2，大于 0 为 1。重要价值客户：R = 3 且 F + M ≥ 5；忠诚客户：R ≥ 2 且 F + M ≥ 4；流失风险客户：R = 1 且 F + M ≥ 3；新客户或偶购客户：R ≥ 2；沉睡客户：其余；未成交客户：没有已审批合同。</translation>
    </message>
    <message>
        <source>Customers by revenue, largest first: A while the revenue of the larger ones is under 80 % of the total you see, B under 95 %, else C.</source>
        <translation>按收入从大到小排列客户：排在其前面的客户收入之和低于您可见总收入的 80% 为 A 类，低于 95% 为 B 类，其余为 C 类。</translation>
    </message>
    <message>
        <source>Approved contract amount</source>
        <translation>已审批合同额</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Allocated expenses</source>
        <translation>分摊费用</translation>
    </message>
    <message>
        <source>Product cost</source>
        <translation>产品成本</translation>
    </message>
    <message>
        <source>Profit contribution</source>
        <translation>利润贡献</translation>
    </message>
    <message>
        <source>Follow-ups per month</source>
        <translation>月均跟进次数</translation>
    </message>
    <message>
        <source>Days since contact</source>
        <translation>距上次联系天数</translation>
    </message>
    <message>
        <source>Purchasing power</source>
        <translation>购买力</translation>
    </message>
    <message>
        <source>Credit rating</source>
        <translation>信用评级</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>关系等级</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>客户分群</translation>
    </message>
    <message>
        <source>ABC class</source>
        <translation>ABC 分类</translation>
    </message>
    <message>
        <source>Receivable change</source>
        <translation>应收变动</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>客户分析</translation>
    </message>
</context>
<context>
    <name>CustomerEditor</name>
    <message>
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>继续编辑</translation>
    </message>
    <message>
        <source>Open the existing customer</source>
        <translation>打开已有客户</translation>
    </message>
    <message>
        <source>Create anyway</source>
        <translation>仍然新建</translation>
    </message>
    <message>
        <source>Go back and edit</source>
        <translation>返回修改</translation>
    </message>
    <message>
        <source>&amp;Basic information</source>
        <translation>基本信息(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Short na&amp;me:</source>
        <translation>简称(&amp;M)：</translation>
    </message>
    <message>
        <source>So&amp;urce:</source>
        <translation>来源(&amp;U)：</translation>
    </message>
    <message>
        <source>e.g. 60000, 60,000 or 6.5万</source>
        <translation>如 60000、60,000 或 6.5万</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>负责人：</translation>
    </message>
    <message>
        <source>A&amp;dd contact</source>
        <translation>添加联系人(&amp;D)</translation>
    </message>
    <message>
        <source>Remo&amp;ve contact</source>
        <translation>删除联系人(&amp;V)</translation>
    </message>
    <message>
        <source>Set as primar&amp;y</source>
        <translation>设为主联系人(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>级别(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>行业(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>地区(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>网站(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Credit limit:</source>
        <translation>信用额度(&amp;C)：</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>备注(&amp;T)：</translation>
    </message>
    <message>
        <source>C&amp;ontacts</source>
        <translation>联系人(&amp;O)</translation>
    </message>
    <message>
        <source>Someone else changed a contact meanwhile. Their version is shown under your edits; check the contacts and save again.</source>
        <translation>其他人同时修改了联系人。对方的版本显示在您的修改下方；请检查联系人后再次保存。</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <source>This customer was handed to someone else (or removed) and you can no longer see it. What you typed stays here so you can copy it; it cannot be saved.</source>
        <translation>该客户已转交给他人（或已被删除），您已无法查看。您输入的内容保留在此处，可以复制，但无法保存。</translation>
    </message>
    <message>
        <source>Level {level}</source>
        <translation>{level} 级</translation>
    </message>
    <message>
        <source>Credit limit {amount}</source>
        <translation>信用额度 {amount}</translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation>（已归档）</translation>
    </message>
    <message>
        <source>Pool: {pool}</source>
        <translation>公海：{pool}</translation>
    </message>
    <message>
        <source>Owner: {owner} · changed {when} by {who}</source>
        <translation>负责人：{owner} · {when} 由 {who} 变更</translation>
    </message>
    <message>
        <source>Owner: {owner} · changed {when}</source>
        <translation>负责人：{owner} · {when} 变更</translation>
    </message>
    <message>
        <source>Another customer already has this name or phone: {names}</source>
        <translation>已有客户使用相同的名称或电话：{names}</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>仍然保存</translation>
    </message>
    <message numerus="yes">
        <source>Saved without the duplicate check: too many checks were made. It is available again in about %n minute(s).</source>
        <translation>
            <numerusform>已保存，但未做查重：查重次数过多，约 %n 分钟后可再次查重。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved. Change the name or phone, or save anyway.</source>
        <translation>尚未保存。请修改名称或电话，或选择仍然保存。</translation>
    </message>
    <message>
        <source>You can read this customer but not change it.</source>
        <translation>您可以查看这个客户，但不能修改。</translation>
    </message>
    <message>
        <source>pool {pool}</source>
        <translation>公海：{pool}</translation>
    </message>
    <message>
        <source>a customer held by {owner} ({unit})</source>
        <translation>{owner}（{unit}）名下的客户</translation>
    </message>
    <message>
        <source>a customer in the pool {pool}</source>
        <translation>公海“{pool}”中的客户</translation>
    </message>
    <message>
        <source>Someone else changed the same contact details meanwhile. The marked cells keep your value (theirs is in the cell's tooltip); save again to store yours.</source>
        <translation>其他人同时修改了相同的联系人信息。标记的单元格保留您的值（对方的值见单元格提示）；再次保存即可保存您的值。</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>等另外 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>This customer may already exist: {names}</source>
        <translation>这个客户可能已经存在：{names}</translation>
    </message>
    <message>
        <source>{name} just changed this customer; showing the new version.</source>
        <translation>{name} 刚刚修改了这个客户，现在显示的是新版本。</translation>
    </message>
    <message>
        <source>Changed by someone else ({name}, {when}) — reload, or keep editing on top of their version?</source>
        <translation>已被其他人修改（{name}，{when}）— 重新加载，还是在对方的版本上继续编辑？</translation>
    </message>
</context>
<context>
    <name>CustomerFields</name>
    <message>
        <source>Name</source>
        <comment>a contact person's name (姓名)</comment>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation>主联系人</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>信用额度</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>最近联系</translation>
    </message>
</context>
<context>
    <name>CustomerListPage</name>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>Search name, phone or contact…</source>
        <translation>搜索名称、电话或联系人…</translation>
    </message>
    <message>
        <source>All I can see</source>
        <translation>我可见的全部</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>我负责的</translation>
    </message>
    <message>
        <source>My team</source>
        <translation>我的团队</translation>
    </message>
    <message>
        <source>Any level</source>
        <translation>全部级别</translation>
    </message>
    <message>
        <source>Level {level}</source>
        <translation>{level} 级</translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation>全部负责人</translation>
    </message>
    <message>
        <source>Any unit</source>
        <translation>全部部门</translation>
    </message>
    <message>
        <source>Any industry</source>
        <translation>全部行业</translation>
    </message>
    <message>
        <source>Any region</source>
        <translation>全部地区</translation>
    </message>
    <message>
        <source>Any source</source>
        <translation>全部来源</translation>
    </message>
    <message>
        <source>No customers yet — press {key} to add one</source>
        <translation>还没有客户——按 {key} 新建</translation>
    </message>
    <message>
        <source>Archive customers</source>
        <translation>归档客户</translation>
    </message>
    <message>
        <source>Archived.</source>
        <translation>已归档。</translation>
    </message>
    <message>
        <source>Customer {name} was assigned to you.</source>
        <translation>客户“{name}”已转交给您。</translation>
    </message>
</context>
<context>
    <name>CustomerRecordsPage</name>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation><numerusform>共 %n 个客户</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>at least %n customer(s)</source>
        <translation><numerusform>至少 %n 个客户</numerusform></translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>This part of the dashboard could not be shown. The details were written to the log file.</source>
        <translation>这部分工作台暂时无法显示，详细信息已写入日志文件。</translation>
    </message>
    <message>
        <source>Nothing to show here for your position yet.</source>
        <translation>您的岗位暂时没有可显示的内容。</translation>
    </message>
    <message>
        <source>My open deals: %1</source>
        <translation>我的在谈商机：%1</translation>
    </message>
    <message>
        <source>Receivable %1, of which overdue %2</source>
        <translation>应收 %1，其中逾期 %2</translation>
    </message>
    <message>
        <source>This part of the dashboard could not be shown: %1</source>
        <translation>这部分工作台暂时无法显示：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) due today</source>
        <translation><numerusform>今日待跟进 %n 条</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n overdue follow-up(s)</source>
        <translation><numerusform>逾期未跟进 %n 条</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) closing this month · %1</source>
        <translation><numerusform>本月预计成交商机 %n 个 · %1</numerusform></translation>
    </message>
</context>
<context>
    <name>DealTeam</name>
    <message>
        <source>Lead</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Presales</source>
        <translation>售前</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>支持</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>财务</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>只读</translation>
    </message>
</context>
<context>
    <name>DocumentExport</name>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Export quote</source>
        <translation>导出报价单</translation>
    </message>
    <message>
        <source>Export quote…</source>
        <translation>导出报价单…</translation>
    </message>
    <message>
        <source>The deal's product lines as a quote, PDF or Excel</source>
        <translation>将商机的产品明细导出为报价单（PDF 或 Excel）</translation>
    </message>
    <message>
        <source>Quote saved to {path}</source>
        <translation>报价单已保存到 {path}</translation>
    </message>
</context>
<context>
    <name>ExpenseCategories</name>
    <message>
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Activate categor&amp;y</source>
        <translation>启用类别(&amp;Y)</translation>
    </message>
    <message>
        <source>Deactivate categor&amp;y</source>
        <translation>停用类别(&amp;Y)</translation>
    </message>
    <message>
        <source>Renamed, on every expense that has it too.</source>
        <translation>已改名，所有该类别的费用随之更新。</translation>
    </message>
    <message>
        <source>No longer offered; expenses that have it keep it.</source>
        <translation>不再提供；已有该类别的费用保持不变。</translation>
    </message>
    <message>
        <source>Expense categories</source>
        <translation>费用类别</translation>
    </message>
    <message>
        <source>C&amp;ode (of a new category):</source>
        <translation>编码（新类别）(&amp;O)：</translation>
    </message>
    <message>
        <source>C&amp;hinese name:</source>
        <translation>中文名称(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;English name:</source>
        <translation>英文名称(&amp;E)：</translation>
    </message>
    <message>
        <source>Rena&amp;me category</source>
        <translation>类别改名(&amp;M)</translation>
    </message>
    <message>
        <source>Add &amp;category</source>
        <translation>添加类别(&amp;C)</translation>
    </message>
</context>
<context>
    <name>ExpenseCosts</name>
    <message>
        <source>Approved expenses {total} ({count})</source>
        <translation>已批准费用 {total}（{count} 笔）</translation>
    </message>
    <message>
        <source>awaiting approval {total}</source>
        <translation>审批中 {total}</translation>
    </message>
    <message>
        <source>Expenses ({n})</source>
        <translation>销售费用（{n}）</translation>
    </message>
</context>
<context>
    <name>ExpenseEditor</name>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>类别(&amp;T)：</translation>
    </message>
    <message>
        <source>Am&amp;ount:</source>
        <translation>金额(&amp;O)：</translation>
    </message>
    <message>
        <source>Custo&amp;mer:</source>
        <translation>客户(&amp;M)：</translation>
    </message>
    <message>
        <source>D&amp;eal:</source>
        <translation>商机(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Receipt no.:</source>
        <translation>票据号(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>说明(&amp;N)：</translation>
    </message>
    <message>
        <source>Submitted and approved expenses are kept as they are.</source>
        <translation>已提交和已批准的费用保持原样，不能修改。</translation>
    </message>
</context>
<context>
    <name>ExpenseListPage</name>
    <message>
        <source>New expense</source>
        <translation>新建费用</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation>票据号</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>报销人</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>Search notes and receipt numbers…</source>
        <translation>搜索说明和票据号…</translation>
    </message>
    <message>
        <source>No expenses yet — press {key} to add one</source>
        <translation>还没有费用——按 {key} 新建</translation>
    </message>
    <message numerus="yes">
        <source>%n expense(s)</source>
        <translation><numerusform>%n 笔费用</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>at least %n expense(s)</source>
        <translation><numerusform>至少 %n 笔费用</numerusform></translation>
    </message>
    <message>
        <source>Expense saved.</source>
        <translation>费用已保存。</translation>
    </message>
    <message>
        <source>Approved: no approval rule applies.</source>
        <translation>已批准：没有适用的审批规则。</translation>
    </message>
    <message>
        <source>Submitted for approval.</source>
        <translation>已提交审批。</translation>
    </message>
    <message>
        <source>Withdrawn: a draft again.</source>
        <translation>已撤回，重新成为草稿。</translation>
    </message>
</context>
<context>
    <name>FollowupDialog</name>
    <message>
        <source>T&amp;ype:</source>
        <translation>类型(&amp;Y)：</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>客户(&amp;U)：</translation>
    </message>
    <message>
        <source>Co&amp;ntact:</source>
        <translation>联系人(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Deal:</source>
        <translation>商机(&amp;D)：</translation>
    </message>
    <message>
        <source>T&amp;ime:</source>
        <translation>时间(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>摘要(&amp;S)：</translation>
    </message>
    <message>
        <source>Ou&amp;tcome:</source>
        <translation>结果(&amp;T)：</translation>
    </message>
    <message>
        <source>Ne&amp;xt follow-up:</source>
        <translation>下次跟进(&amp;X)：</translation>
    </message>
    <message>
        <source>S&amp;atisfaction:</source>
        <translation>满意度(&amp;A)：</translation>
    </message>
    <message>
        <source>Edit follow-up</source>
        <translation>编辑跟进</translation>
    </message>
    <message>
        <source>Follow-up saved.</source>
        <translation>跟进已保存。</translation>
    </message>
</context>
<context>
    <name>FollowupKinds</name>
    <message>
        <source>Call</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
</context>
<context>
    <name>FollowupListPage</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>下次跟进</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>Search summaries…</source>
        <translation>搜索跟进内容…</translation>
    </message>
    <message>
        <source>All follow-ups I see</source>
        <translation>我可见的全部跟进</translation>
    </message>
    <message>
        <source>Logged by me</source>
        <translation>我记录的</translation>
    </message>
    <message>
        <source>My team's follow-ups</source>
        <translation>我团队的跟进</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <source>No follow-ups yet — press Ctrl+Shift+F to log one</source>
        <translation>还没有跟进记录 — 按 Ctrl+Shift+F 记一条</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s)</source>
        <translation><numerusform>%n 条跟进</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>at least %n follow-up(s)</source>
        <translation><numerusform>至少 %n 条跟进</numerusform></translation>
    </message>
</context>
<context>
    <name>Forecast</name>
    <message>
        <source>Pipeline</source>
        <comment>forecast category</comment>
        <translation>管道</translation>
    </message>
    <message>
        <source>Best case</source>
        <translation>最佳情况</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>承诺</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Omitted</source>
        <translation>不计入</translation>
    </message>
</context>
<context>
    <name>ForecastPage</name>
    <message>
        <source>Adjusted amount</source>
        <translation>调整后金额</translation>
    </message>
    <message>
        <source>Kept beside the computed figure, with your name, the time and the note; earlier adjustments stay in the history.</source>
        <translation>调整数与系统计算数并列保存，记录您的姓名、时间和备注；以前的调整保留在历史中。</translation>
    </message>
    <message>
        <source>Adjust the forecast</source>
        <translation>调整预测</translation>
    </message>
    <message>
        <source>Forecast by month</source>
        <translation>按月预测</translation>
    </message>
    <message>
        <source>Forecast by month, weighted by the configured probability</source>
        <translation>按月预测（按设定赢率加权）</translation>
    </message>
    <message>
        <source>Forecast by month, weighted by the calibrated probability</source>
        <translation>按月预测（按校准赢率加权）</translation>
    </message>
    <message>
        <source>%1 entered</source>
        <translation>进入 %1 个</translation>
    </message>
    <message>
        <source>%1 entered · %2 went further</source>
        <translation>进入 %1 个 · 推进 %2</translation>
    </message>
    <message>
        <source>FY%1 Q%2</source>
        <translation>%1财年第%2季度</translation>
    </message>
    <message>
        <source>FY%1</source>
        <translation>%1财年</translation>
    </message>
    <message>
        <source>Me (%1)</source>
        <translation>本人（%1）</translation>
    </message>
    <message>
        <source>Node:</source>
        <translation>范围：</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>期间：</translation>
    </message>
    <message>
        <source>Chart:</source>
        <translation>图表：</translation>
    </message>
    <message>
        <source>Adjust…</source>
        <translation>调整…</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>赢率校准</translation>
    </message>
    <message>
        <source>Calibrated probability: the share won of the deals that were in the stage and closed in the last 12 months, for the owner's team when it closed at least %1 of them, else for the whole company (at least %1), else the stage's configured probability.</source>
        <translation>校准赢率：过去 12 个月内经过该阶段并已关闭的商机中赢单的比例；负责人所在团队关闭至少 %1 个时按团队计算，否则按全公司计算（至少 %1 个），再否则使用该阶段的设定赢率。</translation>
    </message>
    <message>
        <source>Weighted (configured)</source>
        <translation>加权（设定赢率）</translation>
    </message>
    <message>
        <source>Weighted (calibrated)</source>
        <translation>加权（校准赢率）</translation>
    </message>
    <message>
        <source>Open the forecast</source>
        <translation>打开预测</translation>
    </message>
    <message>
        <source>Open amount</source>
        <translation>未关闭金额</translation>
    </message>
    <message>
        <source>Closed won</source>
        <translation>已赢单</translation>
    </message>
    <message>
        <source>Number of deals</source>
        <translation>商机数</translation>
    </message>
    <message>
        <source>Adjusted</source>
        <translation>调整数</translation>
    </message>
    <message>
        <source>Adjusted by</source>
        <translation>调整人</translation>
    </message>
    <message>
        <source>Deals now</source>
        <translation>当前商机数</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>进入数</translation>
    </message>
    <message>
        <source>Went further</source>
        <translation>推进数</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>转化率</translation>
    </message>
    <message>
        <source>Days in stage</source>
        <translation>阶段停留天数</translation>
    </message>
    <message>
        <source>Configured</source>
        <translation>设定赢率</translation>
    </message>
    <message>
        <source>Rate from</source>
        <translation>赢率来源</translation>
    </message>
    <message>
        <source>The team's history</source>
        <translation>团队历史</translation>
    </message>
    <message>
        <source>The company's history</source>
        <translation>公司历史</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>赢单数</translation>
    </message>
    <message>
        <source>Closed deals</source>
        <translation>已关闭数</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>实际赢率</translation>
    </message>
    <message>
        <source>Rate used</source>
        <translation>采用赢率</translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message>
        <source> ({text})</source>
        <translation>（{text}）</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Read and write</source>
        <translation>可读写</translation>
    </message>
    <message>
        <source>Read only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>永久</translation>
    </message>
    <message>
        <source>Shared with</source>
        <translation>共享给</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>权限</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>Shared by</source>
        <translation>共享人</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>共享时间</translation>
    </message>
    <message>
        <source>Pool of {unit}</source>
        <translation>{unit}公海</translation>
    </message>
    <message>
        <source>Claimed from the pool</source>
        <translation>从公海领取</translation>
    </message>
    <message>
        <source>Converted from lead {lead}</source>
        <translation>由线索 {lead} 转化</translation>
    </message>
    <message>
        <source>Converted to customer {customer}</source>
        <translation>转为客户 {customer}</translation>
    </message>
    <message>
        <source>Converted to customer {customer} and deal {deal}</source>
        <translation>转为客户 {customer} 和商机 {deal}</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>From</source>
        <translation>原归属</translation>
    </message>
    <message>
        <source>To</source>
        <translation>新归属</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>变更内容</translation>
    </message>
</context>
<context>
    <name>InvoiceDialog</name>
    <message>
        <source>&amp;Number</source>
        <translation>发票号码(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Issued on</source>
        <translation>开票日期(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>发票类型(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Amount before tax</source>
        <translation>不含税金额(&amp;A)</translation>
    </message>
    <message>
        <source>Ta&amp;x</source>
        <translation>税额(&amp;X)</translation>
    </message>
    <message>
        <source>Not&amp;e</source>
        <translation>备注(&amp;E)</translation>
    </message>
</context>
<context>
    <name>KanbanBoard</name>
    <message numerus="yes">
        <source>%n deal(s) · %1</source>
        <translation><numerusform>%n 个商机 · %1</numerusform></translation>
    </message>
</context>
<context>
    <name>KindActions</name>
    <message>
        <source>{title} added.</source>
        <translation>已添加 {title}。</translation>
    </message>
    <message numerus="yes">
        <source>Archive %n {nouns}? Nothing is deleted.</source>
        <translation><numerusform>归档 %n 条{nouns}？不会删除任何数据。</numerusform></translation>
    </message>
    <message>
        <source>Archive {nouns}</source>
        <translation>归档{nouns}</translation>
    </message>
</context>
<context>
    <name>KindEditor</name>
    <message>
        <source>New {noun}</source>
        <translation>新建{noun}</translation>
    </message>
    <message>
        <source>You can read this {noun} but not change it.</source>
        <translation>您可以查看此{noun}，但不能修改。</translation>
    </message>
</context>
<context>
    <name>KindScreen</name>
    <message>
        <source>Shared with me</source>
        <translation>共享给我的</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>搜索…</translation>
    </message>
</context>
<context>
    <name>LeadActions</name>
    <message>
        <source>Convert…</source>
        <translation>转化…</translation>
    </message>
    <message>
        <source>Disqualify…</source>
        <translation>判为无效…</translation>
    </message>
    <message>
        <source>Lead converted</source>
        <translation>线索已转化</translation>
    </message>
    <message>
        <source>{name} is converted.</source>
        <translation>{name} 已转化。</translation>
    </message>
    <message>
        <source>Open the &amp;customer</source>
        <translation>打开客户(&amp;C)</translation>
    </message>
    <message>
        <source>Open the &amp;deal</source>
        <translation>打开商机(&amp;D)</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Why are these %n leads not prospects?</source>
        <translation><numerusform>这 %n 条线索为何无效(&amp;W)？</numerusform></translation>
    </message>
    <message>
        <source>Disqualify leads</source>
        <translation>判为无效线索</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) disqualified.</source>
        <translation><numerusform>已将 %n 条线索判为无效。</numerusform></translation>
    </message>
    <message>
        <source>&amp;Why is {name} not a prospect?</source>
        <translation>{name} 为何无效(&amp;W)？</translation>
    </message>
</context>
<context>
    <name>LeadConvert</name>
    <message>
        <source>Convert lead</source>
        <translation>转化线索</translation>
    </message>
    <message>
        <source>Customer &amp;name:</source>
        <translation>客户名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Customer p&amp;hone:</source>
        <translation>客户电话(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>联系人(&amp;C)：</translation>
    </message>
    <message>
        <source>Contact &amp;mobile:</source>
        <translation>联系人手机(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Existing customers with this name or phone:</source>
        <translation>同名或同电话的已有客户(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Link to the selected customer</source>
        <translation>关联到所选客户(&amp;L)</translation>
    </message>
    <message>
        <source>Also create an &amp;opportunity</source>
        <translation>同时创建商机(&amp;O)</translation>
    </message>
    <message>
        <source>Deal &amp;title:</source>
        <translation>商机名称(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>金额(&amp;A)：</translation>
    </message>
    <message>
        <source>E&amp;xpected close:</source>
        <translation>预计成交(&amp;X)：</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>阶段(&amp;S)：</translation>
    </message>
</context>
<context>
    <name>LeadConvertDialog</name>
    <message>
        <source>Lead {name} becomes a customer of yours with its contact.</source>
        <translation>线索 {name} 将转为您的客户，并带上其联系人。</translation>
    </message>
    <message>
        <source>Con&amp;vert</source>
        <translation>转化(&amp;V)</translation>
    </message>
    <message>
        <source>This customer may already exist: link it, or change the name or phone.</source>
        <translation>该客户可能已存在：请关联它，或修改名称或电话。</translation>
    </message>
    <message>
        <source>A customer with this name or phone is held by someone else: change the name or phone.</source>
        <translation>同名或同电话的客户由他人负责：请修改名称或电话。</translation>
    </message>
    <message>
        <source>The lead will be linked to {name}; no new customer is made.</source>
        <translation>线索将关联到 {name}，不新建客户。</translation>
    </message>
</context>
<context>
    <name>LeadEditor</name>
    <message>
        <source>Lead</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>公司(&amp;C)：</translation>
    </message>
    <message>
        <source>Contact &amp;person:</source>
        <translation>联系人(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Telephone:</source>
        <translation>电话(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Mobile:</source>
        <translation>手机(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>电子邮件(&amp;E)：</translation>
    </message>
    <message>
        <source>Lead so&amp;urce:</source>
        <translation>线索来源(&amp;U)：</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>状态(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Reason disqualified:</source>
        <translation>无效原因(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>a customer out of your sight</source>
        <translation>一个您看不到的客户</translation>
    </message>
    <message>
        <source>Converted to {customer} on {when} by {who}; kept as it was.</source>
        <translation>已于 {when} 由 {who} 转化为 {customer}，此后保持原样。</translation>
    </message>
</context>
<context>
    <name>LeadModels</name>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Created on</source>
        <translation>创建时间</translation>
    </message>
</context>
<context>
    <name>LeadPoolPage</name>
    <message>
        <source>The lead pool is empty — leads released by their owners appear here</source>
        <translation>线索公海为空 — 负责人释放的线索会出现在这里</translation>
    </message>
</context>
<context>
    <name>LeadRecordsPage</name>
    <message>
        <source>Search company, contact or phone…</source>
        <translation>搜索公司、联系人或电话…</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s)</source>
        <translation><numerusform>共 %n 条线索</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>at least %n lead(s)</source>
        <translation><numerusform>至少 %n 条线索</numerusform></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>No leads yet — press {key} to add one</source>
        <translation>还没有线索 — 按 {key} 新建</translation>
    </message>
</context>
<context>
    <name>LeadStatus</name>
    <message>
        <source>New</source>
        <comment>lead status</comment>
        <translation>新线索</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>已联系</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Disqualified</source>
        <translation>无效</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>已转化</translation>
    </message>
</context>
<context>
    <name>ListExport</name>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV 文件，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Export the list</source>
        <translation>导出列表</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to {file}…</source>
        <translation><numerusform>正在导出到 {file}…已写入 %n 行</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) exported to {path}</source>
        <translation><numerusform>已导出 %n 行到 {path}</numerusform></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in to salesdesk</source>
        <translation>登录 salesdesk</translation>
    </message>
    <message>
        <source>salesdesk</source>
        <translation>salesdesk</translation>
    </message>
    <message>
        <source>Sign in with your company account.</source>
        <translation>请使用公司账号登录。</translation>
    </message>
    <message>
        <source>&amp;Connection:</source>
        <translation>连接(&amp;C)：</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Add, change or remove connection profiles</source>
        <translation>添加、修改或删除连接配置</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>账号(&amp;L)：</translation>
    </message>
    <message>
        <source>your login name</source>
        <translation>您的登录账号</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Remember password</source>
        <translation>记住密码(&amp;R)</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>The password is kept in the system's password store (keyring).</source>
        <translation>密码保存在系统的密码库（钥匙串）中。</translation>
    </message>
    <message>
        <source>Please create a connection profile first.</source>
        <translation>请先创建一个连接配置。</translation>
    </message>
    <message>
        <source>Please enter your login name and password.</source>
        <translation>请输入登录账号和密码。</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>正在登录…</translation>
    </message>
    <message>
        <source>Please choose your own password to continue: the password from IT is for the first sign-in only.</source>
        <translation>请先设置您自己的密码再继续：IT 提供的密码仅用于首次登录。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>salesdesk — {name}</source>
        <translation>salesdesk 销售管理 — {name}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Sign out / s&amp;witch user…</source>
        <translation>注销/切换用户(&amp;W)…</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>修改密码(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>返回(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Log follow-up…</source>
        <translation>记跟进(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;About salesdesk</source>
        <translation>关于 salesdesk(&amp;A)</translation>
    </message>
    <message>
        <source>A customer was shared with you.</source>
        <translation>有一个客户共享给了您。</translation>
    </message>
    <message>
        <source>A record was shared with you.</source>
        <translation>有一条记录共享给了您。</translation>
    </message>
    <message>
        <source>Your password was changed; the remembered password was updated too.</source>
        <translation>密码已修改，已记住的密码也已同步更新。</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>密码已修改。</translation>
    </message>
    <message>
        <source>Some changes have not been saved yet. Close salesdesk anyway and lose them?</source>
        <translation>还有修改尚未保存。仍要关闭 salesdesk 并放弃这些修改吗？</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>The payment plan adds up to {planned}, not the contract total {total}: {gap} is left to plan. Edit the plan to match.</source>
        <translation>回款计划合计 {planned}，不等于合同总额 {total}：还有 {gap} 未排入计划。请修改回款计划。</translation>
    </message>
    <message>
        <source>The payment plan adds up to {planned}, more than the contract total {total} by {gap}. Edit the plan to match.</source>
        <translation>回款计划合计 {planned}，比合同总额 {total} 多 {gap}。请修改回款计划。</translation>
    </message>
    <message>
        <source>Total {total} · received {received} · waiting for approval {pending} · receivable {receivable} · invoiced {invoiced} · not invoiced {uninvoiced}</source>
        <translation>合同总额 {total} · 已回款 {received} · 待审批 {pending} · 应收 {receivable} · 已开票 {invoiced} · 未开票 {uninvoiced}</translation>
    </message>
    <message>
        <source>{contract} · {customer} · total {total}</source>
        <translation>{contract} · {customer} · 合同总额 {total}</translation>
    </message>
    <message>
        <source>The payment waits for approval.</source>
        <translation>该笔回款待审批。</translation>
    </message>
    <message>
        <source>Edit p&amp;lan…</source>
        <translation>编辑回款计划(&amp;L)…</translation>
    </message>
    <message>
        <source>Record &amp;payment…</source>
        <translation>登记回款(&amp;P)…</translation>
    </message>
    <message>
        <source>Record &amp;invoice…</source>
        <translation>登记开票(&amp;I)…</translation>
    </message>
    <message>
        <source>Payment plan ({n})</source>
        <translation>回款计划（{n}）</translation>
    </message>
    <message>
        <source>Payments ({n})</source>
        <translation>回款（{n}）</translation>
    </message>
    <message>
        <source>Invoices ({n})</source>
        <translation>发票（{n}）</translation>
    </message>
    <message>
        <source>Contracts total {total} · receivable {receivable}</source>
        <translation>合同总额 {total} · 应收 {receivable}</translation>
    </message>
    <message>
        <source>Received {received} · waiting for approval {pending}</source>
        <translation>已回款 {received} · 待审批 {pending}</translation>
    </message>
    <message>
        <source>Invoiced {invoiced} · not invoiced {uninvoiced}</source>
        <translation>已开票 {invoiced} · 未开票 {uninvoiced}</translation>
    </message>
    <message>
        <source>Contracts ({n})</source>
        <translation>合同（{n}）</translation>
    </message>
    <message>
        <source>Payment received {amount}</source>
        <translation>收到回款 {amount}</translation>
    </message>
    <message>
        <source>Invoice issued {amount}</source>
        <translation>开具发票 {amount}</translation>
    </message>
    <message>
        <source>Record payment</source>
        <translation>登记回款</translation>
    </message>
    <message>
        <source>Record invoice</source>
        <translation>登记开票</translation>
    </message>
    <message>
        <source>Payment plan</source>
        <translation>回款计划</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>计划回款日</translation>
    </message>
    <message>
        <source>Planned {planned} of {total}</source>
        <translation>已计划 {planned} / 合同总额 {total}</translation>
    </message>
    <message>
        <source>Instalment {n}: {problem}</source>
        <translation>第 {n} 期：{problem}</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>银行转账</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <source>Cheque</source>
        <translation>支票</translation>
    </message>
    <message>
        <source>Acceptance bill</source>
        <translation>承兑汇票</translation>
    </message>
    <message>
        <source>Ordinary invoice</source>
        <translation>普通发票</translation>
    </message>
    <message>
        <source>VAT special invoice</source>
        <translation>增值税专用发票</translation>
    </message>
    <message>
        <source>Not due</source>
        <translation>未到期</translation>
    </message>
    <message>
        <source>1–30 days</source>
        <translation>逾期 1–30 天</translation>
    </message>
    <message>
        <source>31–60 days</source>
        <translation>逾期 31–60 天</translation>
    </message>
    <message>
        <source>61–90 days</source>
        <translation>逾期 61–90 天</translation>
    </message>
    <message>
        <source>Over 90 days</source>
        <translation>逾期 90 天以上</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Contract count</source>
        <translation>合同数</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期合计</translation>
    </message>
    <message>
        <source>Not planned</source>
        <translation>未计划</translation>
    </message>
    <message>
        <source>Receivable</source>
        <translation>应收</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已回款</translation>
    </message>
    <message>
        <source>Unpaid</source>
        <translation>未回款</translation>
    </message>
    <message>
        <source>Ageing</source>
        <translation>账龄</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>回款日期</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>回款方式</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>凭证号</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>开票日期</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>发票号码</translation>
    </message>
    <message>
        <source>Invoice type</source>
        <translation>发票类型</translation>
    </message>
    <message>
        <source>Before tax</source>
        <translation>不含税金额</translation>
    </message>
    <message>
        <source>Tax amount</source>
        <translation>税额</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Contract number</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已回款</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>已开票</translation>
    </message>
    <message>
        <source>Not invoiced</source>
        <translation>未开票</translation>
    </message>
    <message>
        <source>Where I stand</source>
        <translation>我所在的部门</translation>
    </message>
    <message>
        <source>The {shown} customers with the largest receivables of {all} (more as you scroll down); the totals row counts them all, and Export… writes them all.</source>
        <translation>共 {all} 个客户，显示应收最多的 {shown} 个（向下滚动读取更多）；合计行包括全部客户，导出…写出全部客户。</translation>
    </message>
    <message>
        <source>The {shown} people with the largest receivables of {all} (more as you scroll down); the totals row counts them all, and Export… writes them all.</source>
        <translation>共 {all} 人，显示应收最多的 {shown} 人（向下滚动读取更多）；合计行包括全部人员，导出…写出全部人员。</translation>
    </message>
    <message>
        <source>{unit}: press Enter or double-click to open it</source>
        <translation>{unit}：按回车或双击打开</translation>
    </message>
    <message>
        <source>{total}: choose a row above to list its contracts</source>
        <translation>{total}：选择上方的一行以列出其合同</translation>
    </message>
    <message>
        <source>Gro&amp;up by</source>
        <translation>分组(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;As of</source>
        <translation>截至(&amp;A)</translation>
    </message>
    <message>
        <source>Up &amp;one level</source>
        <translation>上一级(&amp;O)</translation>
    </message>
    <message>
        <source>Back to the unit above (Alt+Up)</source>
        <translation>回到上一级部门（Alt+↑）</translation>
    </message>
</context>
<context>
    <name>MoneyListPage</name>
    <message>
        <source>F&amp;rom</source>
        <translation>从(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>至(&amp;T)</translation>
    </message>
    <message>
        <source>any date</source>
        <translation>不限日期</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s)</source>
        <translation><numerusform>%n 笔回款</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>at least %n payment(s)</source>
        <translation><numerusform>至少 %n 笔回款</numerusform></translation>
    </message>
    <message>
        <source>No payments — they are recorded on an approved contract's money tab</source>
        <translation>暂无回款——回款在已审批合同的回款页签中登记</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s)</source>
        <translation><numerusform>%n 张发票</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>at least %n invoice(s)</source>
        <translation><numerusform>至少 %n 张发票</numerusform></translation>
    </message>
    <message>
        <source>No invoices — they are recorded on an approved contract's money tab</source>
        <translation>暂无发票——发票在已审批合同的回款页签中登记</translation>
    </message>
</context>
<context>
    <name>MonthClosePage</name>
    <message>
        <source>Closed on {when} by {who}</source>
        <translation>已于 {when} 由 {who} 结账</translation>
    </message>
    <message>
        <source>Preliminary: not closed</source>
        <translation>初步数据：尚未结账</translation>
    </message>
    <message>
        <source>Close month</source>
        <translation>月结</translation>
    </message>
    <message>
        <source>Close {month} for {node}? Its figures are frozen; later corrections appear as adjustments.</source>
        <translation>确定为{node}结账 {month} 吗？结账后数据将被冻结，之后的更正将作为调整列出。</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>导出报表</translation>
    </message>
    <message>
        <source>E&amp;xport report…</source>
        <translation>导出报表(&amp;X)…</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>已保存 {path}</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>主要数据</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>范围(&amp;S)：</translation>
    </message>
    <message>
        <source>M&amp;onth:</source>
        <translation>月份(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Close month…</source>
        <translation>月结(&amp;C)…</translation>
    </message>
</context>
<context>
    <name>OpportunityEditor</name>
    <message>
        <source>&amp;Deal</source>
        <translation>商机(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>客户(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>St&amp;age:</source>
        <translation>阶段(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Probability:</source>
        <translation>赢率(&amp;P)：</translation>
    </message>
    <message>
        <source>Forecast:</source>
        <translation>预测类别：</translation>
    </message>
    <message>
        <source>Amo&amp;unt:</source>
        <translation>金额(&amp;U)：</translation>
    </message>
    <message>
        <source>Expected c&amp;lose:</source>
        <translation>预计成交(&amp;L)：</translation>
    </message>
    <message>
        <source>Sou&amp;rce:</source>
        <translation>来源(&amp;R)：</translation>
    </message>
    <message>
        <source>C&amp;ompetitors:</source>
        <translation>竞争对手(&amp;O)：</translation>
    </message>
    <message>
        <source>Ne&amp;xt step:</source>
        <translation>下一步(&amp;X)：</translation>
    </message>
    <message>
        <source>&amp;Won/lost reason:</source>
        <translation>赢/输单原因(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Product l&amp;ines</source>
        <translation>产品明细(&amp;I)</translation>
    </message>
    <message>
        <source>Deal tea&amp;m</source>
        <translation>销售团队(&amp;M)</translation>
    </message>
    <message>
        <source>Stage histor&amp;y</source>
        <translation>阶段历史(&amp;Y)</translation>
    </message>
    <message>
        <source>From stage</source>
        <translation>原阶段</translation>
    </message>
    <message>
        <source>To stage</source>
        <translation>新阶段</translation>
    </message>
    <message>
        <source>Total {amount}</source>
        <translation>合计 {amount}</translation>
    </message>
    <message>
        <source>Credit total {total}: it must be exactly 100%</source>
        <translation>业绩分配合计 {total}：必须正好是 100%</translation>
    </message>
    <message>
        <source>Credit total {total}</source>
        <translation>业绩分配合计 {total}</translation>
    </message>
    <message>
        <source>You can read this deal but not change it.</source>
        <translation>您可以查看此商机，但不能修改。</translation>
    </message>
    <message>
        <source>New contract…</source>
        <translation>新建合同…</translation>
    </message>
    <message>
        <source>Owner: {owner}</source>
        <translation>负责人：{owner}</translation>
    </message>
    <message>
        <source>Follow-ups (%1)</source>
        <translation>跟进记录（%1）</translation>
    </message>
    <message>
        <source>Add a product:</source>
        <translation>添加产品：</translation>
    </message>
    <message>
        <source>Add a member:</source>
        <translation>添加成员：</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>删除明细</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>移除成员</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Discount %</source>
        <translation>折扣 %</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Credit %</source>
        <translation>业绩分配 %</translation>
    </message>
    <message>
        <source>Overlay credit %</source>
        <translation>叠加业绩 %</translation>
    </message>
    <message>
        <source>You were taken off this deal's team and can no longer see it. What you typed stays here to copy; it cannot be saved.</source>
        <translation>您已被移出该商机的团队，无法再查看它。您输入的内容仍保留在这里，可以复制，但无法保存。</translation>
    </message>
</context>
<context>
    <name>OpportunityListPage</name>
    <message>
        <source>New deal</source>
        <translation>新建商机</translation>
    </message>
    <message>
        <source>Any stage</source>
        <translation>所有阶段</translation>
    </message>
    <message>
        <source>Search title or customer…</source>
        <translation>搜索标题或客户…</translation>
    </message>
    <message>
        <source>Any forecast</source>
        <translation>所有预测类别</translation>
    </message>
    <message>
        <source>No deals yet — press {key} to add one</source>
        <translation>还没有商机——按 {key} 新建</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s)</source>
        <translation><numerusform>%n 个商机</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>at least %n deal(s)</source>
        <translation><numerusform>至少 %n 个商机</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Archive %n deal(s)? Nothing is deleted.</source>
        <translation><numerusform>归档 %n 个商机？不会删除任何数据。</numerusform></translation>
    </message>
    <message>
        <source>Archive deals</source>
        <translation>归档商机</translation>
    </message>
</context>
<context>
    <name>OpportunityModels</name>
    <message>
        <source>Title</source>
        <comment>a deal's title, not a job title</comment>
        <translation>标题</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>预测类别</translation>
    </message>
</context>
<context>
    <name>OrgPage</name>
    <message>
        <source>Show customers</source>
        <translation>查看客户</translation>
    </message>
    <message>
        <source>Your team as far as your scope reaches. Double-click a person to see their customers.</source>
        <translation>您权限范围内的团队。双击某人可查看其客户。</translation>
    </message>
    <message>
        <source>Search people, positions or units…</source>
        <translation>搜索人员、职位或部门…</translation>
    </message>
    <message>
        <source>Nobody is in your scope yet.</source>
        <translation>您的数据范围内还没有人员。</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n 人</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrgView</name>
    <message>
        <source>Unit / person</source>
        <translation>部门 / 人员</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>职位</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Received &amp;on</source>
        <translation>回款日期(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>金额(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation>回款方式(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>凭证号(&amp;R)</translation>
    </message>
    <message>
        <source>No&amp;te</source>
        <translation>备注(&amp;T)</translation>
    </message>
</context>
<context>
    <name>PaymentPlanDialog</name>
    <message>
        <source>&amp;Add instalment</source>
        <translation>添加一期(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove instalment</source>
        <translation>删除该期(&amp;R)</translation>
    </message>
</context>
<context>
    <name>Performance</name>
    <message>
        <source>no target</source>
        <translation>无目标</translation>
    </message>
    <message>
        <source>{actual} (no target)</source>
        <translation>{actual}（无目标）</translation>
    </message>
    <message>
        <source>{actual} of {target} ({percent})</source>
        <translation>{actual} / 目标 {target}（{percent}）</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>Overlay</source>
        <translation>叠加业绩</translation>
    </message>
    <message>
        <source>Attained</source>
        <translation>达成率</translation>
    </message>
    <message>
        <source>{name}: {result}</source>
        <translation>{name}：{result}</translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation>上一级(&amp;U)</translation>
    </message>
    <message>
        <source>This month: {summary}</source>
        <translation>本月：{summary}</translation>
    </message>
    <message>
        <source>This fiscal year: {summary}</source>
        <translation>本财年：{summary}</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>新增客户</translation>
    </message>
    <message>
        <source>Leads converted</source>
        <translation>线索转化</translation>
    </message>
    <message>
        <source>New deals</source>
        <translation>新增商机</translation>
    </message>
    <message>
        <source>Approved contracts</source>
        <translation>审批通过合同</translation>
    </message>
    <message>
        <source>Contract amount</source>
        <translation>合同金额</translation>
    </message>
    <message>
        <source>Payments received</source>
        <translation>回款金额</translation>
    </message>
    <message>
        <source>Follow-ups logged</source>
        <translation>跟进次数</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>回访满意度</translation>
    </message>
    <message>
        <source>Deal credit</source>
        <translation>协作业绩</translation>
    </message>
    <message>
        <source>Salespeople</source>
        <translation>销售代表</translation>
    </message>
    <message>
        <source>Supervisors</source>
        <translation>销售主管</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>本期</translation>
    </message>
    <message>
        <source>Period before</source>
        <translation>上期</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>环比</translation>
    </message>
    <message>
        <source>A year earlier</source>
        <translation>去年同期</translation>
    </message>
    <message>
        <source>Year on year</source>
        <translation>同比</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Points by indicator</source>
        <translation>各指标得分</translation>
    </message>
    <message>
        <source>Edit weights…</source>
        <translation>编辑权重…</translation>
    </message>
    <message>
        <source>Sales briefing</source>
        <translation>销售简报</translation>
    </message>
    <message>
        <source>Scorecards</source>
        <translation>绩效考核</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Fiscal year {year}</source>
        <translation>{year} 财年</translation>
    </message>
    <message>
        <source>Quarter {n}</source>
        <translation>第 {n} 季度</translation>
    </message>
    <message>
        <source>Ye&amp;ar:</source>
        <translation>年度(&amp;A)：</translation>
    </message>
    <message>
        <source>Pe&amp;riod:</source>
        <translation>期间(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>期间(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Rank:</source>
        <translation>排名对象(&amp;R)：</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Scorecard weights</source>
        <translation>考核指标权重</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Monthly goal</source>
        <translation>月度目标值</translation>
    </message>
    <message>
        <source>Weights: {total} of 100</source>
        <translation>权重合计：{total} / 100</translation>
    </message>
    <message>
        <source>A monthly goal is a number above 0.</source>
        <translation>月度目标值须为大于 0 的数字。</translation>
    </message>
</context>
<context>
    <name>PicklistPage</name>
    <message>
        <source>Picklists</source>
        <translation>选项列表</translation>
    </message>
    <message>
        <source>The values a customer's industry, source and region are chosen from, for the whole company. A deactivated value is no longer offered but stays on the customers that have it; a new name reaches every customer that has the value.</source>
        <translation>全公司客户的行业、来源和地区从这些选项中选择。停用的选项不再提供，但已使用它的客户保留原值；改名后所有使用该选项的客户随之更新。</translation>
    </message>
    <message>
        <source>&amp;List:</source>
        <translation>列表(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>改名(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <source>{name} (deactivated)</source>
        <translation>{name}（已停用）</translation>
    </message>
    <message>
        <source>Ac&amp;tivate</source>
        <translation>启用(&amp;T)</translation>
    </message>
    <message>
        <source>Added.</source>
        <translation>已添加。</translation>
    </message>
    <message>
        <source>Renamed, on every customer that has it too.</source>
        <translation>已改名，使用该选项的客户也已更新。</translation>
    </message>
    <message>
        <source>Offered again.</source>
        <translation>已重新启用。</translation>
    </message>
    <message>
        <source>No longer offered; customers that have it keep it.</source>
        <translation>已停用；已使用它的客户保留原值。</translation>
    </message>
</context>
<context>
    <name>PipelinePage</name>
    <message>
        <source>Move %1</source>
        <translation>移动 %1</translation>
    </message>
    <message>
        <source>My deals</source>
        <translation>我的商机</translation>
    </message>
    <message>
        <source>My team's</source>
        <translation>我团队的</translation>
    </message>
    <message>
        <source>Search deals (title, customer)</source>
        <translation>搜索商机（标题、客户）</translation>
    </message>
    <message>
        <source>Pipeline %1 · weighted %2</source>
        <translation>商机 %1 · 加权 %2</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>漏斗</translation>
    </message>
    <message>
        <source>Show or hide the funnel of the stages' totals</source>
        <translation>显示或隐藏各阶段合计的漏斗图</translation>
    </message>
    <message>
        <source>Funnel by stage</source>
        <translation>各阶段漏斗</translation>
    </message>
    <message>
        <source>The chart could not be shown: %1</source>
        <translation>图表无法显示：%1</translation>
    </message>
</context>
<context>
    <name>PoolPage</name>
    <message>
        <source>All my pools</source>
        <translation>我的全部公海</translation>
    </message>
    <message>
        <source>The pool is empty — customers released by their owners appear here</source>
        <translation>公海为空——负责人退回的客户会显示在这里</translation>
    </message>
</context>
<context>
    <name>ProductEditor</name>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>编码(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>Cat&amp;egory</source>
        <translation>分类(&amp;E)</translation>
    </message>
    <message>
        <source>S&amp;pecification</source>
        <translation>规格型号(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>单位(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;List price</source>
        <translation>标准售价(&amp;L)</translation>
    </message>
    <message>
        <source>C&amp;ost price</source>
        <translation>成本价(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Tax rate (%)</source>
        <translation>税率（%）(&amp;T)</translation>
    </message>
    <message>
        <source>Acti&amp;ve (offered for new deals)</source>
        <translation>启用（新商机可选）(&amp;V)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>新建产品</translation>
    </message>
</context>
<context>
    <name>ProductListPage</name>
    <message>
        <source>Search code, name or pinyin initials…</source>
        <translation>搜索编码、名称或拼音首字母…</translation>
    </message>
    <message>
        <source>Active products</source>
        <translation>启用的产品</translation>
    </message>
    <message>
        <source>All products</source>
        <translation>全部产品</translation>
    </message>
    <message>
        <source>Inactive products</source>
        <translation>停用的产品</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部分类</translation>
    </message>
    <message>
        <source>No products yet — press Ctrl+N to add one</source>
        <translation>还没有产品 — 按 Ctrl+N 新建</translation>
    </message>
    <message>
        <source>No products yet</source>
        <translation>还没有产品</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation><numerusform>%n 个产品</numerusform></translation>
    </message>
</context>
<context>
    <name>ProductModels</name>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>规格型号</translation>
    </message>
    <message>
        <source>List price</source>
        <translation>标准售价</translation>
    </message>
    <message>
        <source>Cost price</source>
        <translation>成本价</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>毛利</translation>
    </message>
    <message>
        <source>Tax rate</source>
        <translation>税率</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <source>Connection profiles</source>
        <translation>连接配置</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>删除(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>host name or IP address</source>
        <translation>主机名或 IP 地址</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>端口(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;TLS mode:</source>
        <translation>TLS 模式(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation>CA 证书(&amp;C)：</translation>
    </message>
    <message>
        <source>root certificate file (.crt / .pem)</source>
        <translation>根证书文件（.crt / .pem）</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>新连接</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA 证书</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation>证书 (*.crt *.pem *.cer);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Encrypted, and the server's certificate and name are checked against the CA certificate. Recommended over a WAN.</source>
        <translation>加密连接，并用 CA 证书校验服务器证书和名称。通过广域网连接时推荐使用。</translation>
    </message>
    <message>
        <source>Encrypted; the certificate is checked, the server name is not.</source>
        <translation>加密连接；校验证书，但不校验服务器名称。</translation>
    </message>
    <message>
        <source>Encrypted, but the server's identity is not checked.</source>
        <translation>加密连接，但不校验服务器身份。</translation>
    </message>
    <message>
        <source>Not encrypted. Use only on this computer or a trusted network.</source>
        <translation>不加密。仅在本机或可信网络中使用。</translation>
    </message>
    <message>
        <source>Encrypted when the server offers it.</source>
        <translation>服务器支持时使用加密连接。</translation>
    </message>
</context>
<context>
    <name>QuoteActions</name>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Revise</source>
        <translation>修订</translation>
    </message>
    <message>
        <source>Accept → contract</source>
        <translation>接受 → 合同</translation>
    </message>
    <message>
        <source>Mark declined</source>
        <translation>标记为已拒绝</translation>
    </message>
    <message>
        <source>{number} is sent.</source>
        <translation>{number} 已发送。</translation>
    </message>
    <message>
        <source>{number}: the discount went for approval; send it once approved.</source>
        <translation>{number}：折扣已提交审批，批准后再发送。</translation>
    </message>
    <message>
        <source>{number}: a new version is a draft.</source>
        <translation>{number}：新版本为草稿。</translation>
    </message>
    <message>
        <source>{number} is accepted: a draft contract is made.</source>
        <translation>{number} 已接受：已生成合同草稿。</translation>
    </message>
    <message>
        <source>New quote</source>
        <translation>新建报价</translation>
    </message>
    <message>
        <source>A draft quote from the deal's saved product lines</source>
        <translation>按商机已保存的产品明细生成报价草稿</translation>
    </message>
</context>
<context>
    <name>QuoteEditor</name>
    <message>
        <source>Quote</source>
        <translation>报价单</translation>
    </message>
    <message>
        <source>&amp;Valid until:</source>
        <translation>有效期至(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Before tax {amount} · tax {tax} · total {total}</source>
        <translation>不含税 {amount} · 税额 {tax} · 合计 {total}</translation>
    </message>
    <message>
        <source>Versions: {versions}</source>
        <translation>版本：{versions}</translation>
    </message>
</context>
<context>
    <name>QuoteListPage</name>
    <message numerus="yes">
        <source>%n quote(s)</source>
        <translation><numerusform>%n 份报价</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>at least %n quote(s)</source>
        <translation><numerusform>至少 %n 份报价</numerusform></translation>
    </message>
    <message>
        <source>Search number or title…</source>
        <translation>搜索编号或标题…</translation>
    </message>
    <message>
        <source>No quotes yet — make one from a deal</source>
        <translation>还没有报价 —— 从商机生成一份</translation>
    </message>
    <message>
        <source>{status} (discount awaiting approval)</source>
        <translation>{status}（折扣待审批）</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <source>Reassign {nouns}</source>
        <translation>转交{noun}</translation>
    </message>
    <message numerus="yes">
        <source>Give %n {nouns} to anyone in the company. The ownership history keeps who had them and why.</source>
        <translation>
            <numerusform>将 %n 个{noun}转交给公司内的任何人。归属历史会记录原负责人及转交原因。</numerusform>
        </translation>
    </message>
    <message>
        <source>New &amp;owner:</source>
        <translation>新负责人(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>Required, e.g. territory change</source>
        <translation>必填，例如：区域调整</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <source>Nobody found. Try part of a name, a login or a unit.</source>
        <translation>没有找到。请输入姓名、登录名或部门的一部分。</translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %n; type to narrow the list.</source>
        <translation>
            <numerusform>仅显示前 %n 人；输入文字可缩小范围。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n {nouns} reassigned.</source>
        <translation>
            <numerusform>已转交 %n 个{noun}。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordActions</name>
    <message>
        <source>You no longer see this {noun}; it was handed on.</source>
        <translation>该{noun}已转交，您已无法查看。</translation>
    </message>
    <message numerus="yes">
        <source>Why are these %n {nouns} going back to the pool?</source>
        <translation><numerusform>这 %n 个{noun}为什么退回公海？</numerusform></translation>
    </message>
    <message>
        <source>Release to the {noun} pool</source>
        <translation>退回{noun}公海</translation>
    </message>
    <message>
        <source>Released to the pool.</source>
        <translation>已退回公海。</translation>
    </message>
    <message numerus="yes">
        <source>%n {nouns} claimed; they are yours now.</source>
        <translation><numerusform>已领取 %n 个{noun}，现归您负责。</numerusform></translation>
    </message>
    <message>
        <source>History of the {noun}</source>
        <translation>{noun}历史记录</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>You can read this record but not change it.</source>
        <translation>您可以查看此记录，但不能修改。</translation>
    </message>
    <message>
        <source>What you typed in “{title}” cannot be saved any more. Leave it?</source>
        <translation>您在“{title}”中输入的内容已无法保存。仍要离开吗？</translation>
    </message>
    <message>
        <source>“{title}” has changes that are not saved yet. Save them first?</source>
        <translation>“{title}”有尚未保存的修改。先保存吗？</translation>
    </message>
    <message>
        <source>New record</source>
        <translation>新记录</translation>
    </message>
    <message>
        <source>Discard your changes to “{title}”? This cannot be undone.</source>
        <translation>放弃对“{title}”的修改？此操作无法撤销。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>明细行</translation>
    </message>
    <message>
        <source>{line} {number}, {field}: {problem}</source>
        <translation>{line} {number}，{field}：{problem}</translation>
    </message>
    <message>
        <source>This record was handed to someone else or removed, and you can no longer see it. What you typed stays here to copy; it cannot be saved.</source>
        <translation>该记录已转交给他人或已被删除，您已无法查看。您输入的内容保留在此处，可以复制，但无法保存。</translation>
    </message>
    <message>
        <source>Changed meanwhile by someone else to: {value}</source>
        <translation>已被他人同时改为：{value}</translation>
    </message>
    <message>
        <source>Someone else changed the same lines meanwhile. The marked cells keep your value (theirs is in the cell's tooltip); save again to store yours.</source>
        <translation>其他人同时修改了相同的明细行。标记的单元格保留您的值（对方的值见单元格提示）；再次保存即可保存您的值。</translation>
    </message>
    <message>
        <source>This record keeps being changed by someone else; their changes are taken and yours kept. Check it and save again.</source>
        <translation>这条记录仍在被其他人修改；已采用对方的修改并保留您的修改。请检查后再次保存。</translation>
    </message>
    <message>
        <source>{name} saved this record meanwhile; their changes are taken and yours kept. Saving again…</source>
        <translation>{name} 同时保存了此记录；已合并对方的修改并保留您的修改，正在重新保存…</translation>
    </message>
    <message>
        <source>Your changes are kept on top of the current version (marked fields: both changed). Save again when ready.</source>
        <translation>您的修改已保留在最新版本之上（标记的字段双方都改过）。确认后请再次保存。</translation>
    </message>
    <message>
        <source>{name} just changed this record; showing the new version.</source>
        <translation>{name} 刚刚修改了此记录；现显示新版本。</translation>
    </message>
    <message>
        <source>Changed by someone else ({name}, {when}) — reload, or keep editing on top of their version?</source>
        <translation>已被他人修改（{name}，{when}）——重新加载，还是在对方版本上继续编辑？</translation>
    </message>
</context>
<context>
    <name>RecordImportDialog</name>
    <message>
        <source>Import customers</source>
        <translation>导入客户</translation>
    </message>
    <message>
        <source>Import leads</source>
        <translation>导入线索</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>首行内容</translation>
    </message>
    <message>
        <source>Imported into</source>
        <translation>导入到字段</translation>
    </message>
    <message>
        <source>Change &amp;mapping</source>
        <translation>修改列对应(&amp;M)</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>检查(&amp;H)</translation>
    </message>
    <message>
        <source>Save &amp;error workbook…</source>
        <translation>保存错误清单(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Import rows</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation>已取消，未导入任何数据。</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>正在读取 {file}…</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>（不导入）</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) to import. Choose the field each column fills, then press Check.</source>
        <translation>
            <numerusform>共 %n 行待导入。请为每一列选择要导入的字段，然后点击“检查”。</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>正在逐行检查…</translation>
    </message>
    <message numerus="yes">
        <source>All %n row(s) can be imported: press Import.</source>
        <translation>
            <numerusform>全部 %n 行均可导入，请点击“导入”。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) cannot be imported; nothing was saved. Save the error workbook, correct the file and import it again.</source>
        <translation>
            <numerusform>有 %n 行无法导入，未保存任何数据。请保存错误清单，修改文件后重新导入。</numerusform>
        </translation>
    </message>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>有错误</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>Save error workbook</source>
        <translation>保存错误清单</translation>
    </message>
    <message>
        <source>Saved {file}: each row to fix, its column and what to fix.</source>
        <translation>已保存 {file}：列出每个需修改的行、所在列及修改方法。</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Import from a file</source>
        <translation>从文件导入</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>表格文件 (*.xlsx *.csv)</translation>
    </message>
</context>
<context>
    <name>RecordListPage</name>
    <message>
        <source>Nothing here yet.</source>
        <translation>这里还没有内容。</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation><numerusform>共 %n 条记录</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>at least %n record(s)</source>
        <translation><numerusform>至少 %n 条记录</numerusform></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在计数…</translation>
    </message>
    <message>
        <source>Nothing matches “{search}” — &lt;a href="clear"&gt;clear the search&lt;/a&gt;</source>
        <translation>没有与“{search}”匹配的记录——&lt;a href="clear"&gt;清除搜索&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Nothing matches these filters — &lt;a href="clear"&gt;clear them&lt;/a&gt;</source>
        <translation>没有符合这些筛选条件的记录——&lt;a href="clear"&gt;清除筛选&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>RecordPicker</name>
    <message numerus="yes">
        <source>Type at least %n character(s).</source>
        <translation><numerusform>请至少输入 %n 个字符。</numerusform></translation>
    </message>
    <message>
        <source>No match.</source>
        <translation>没有匹配的记录。</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>界面语言(&amp;I)：</translation>
    </message>
    <message>
        <source>The new language is applied at once.</source>
        <translation>新语言会立即生效。</translation>
    </message>
    <message>
        <source>Live updates</source>
        <translation>实时更新</translation>
    </message>
    <message>
        <source>Show a notification when a customer is assigned or shared to me</source>
        <translation>有客户分配或共享给我时显示通知</translation>
    </message>
    <message>
        <source>Company lists</source>
        <translation>公司选项列表</translation>
    </message>
    <message>
        <source>The values of industry, source and region that everyone chooses from.</source>
        <translation>全员选择客户行业、来源和地区时使用的选项。</translation>
    </message>
    <message>
        <source>&amp;Picklists…</source>
        <translation>选项列表(&amp;P)…</translation>
    </message>
    <message>
        <source>Our company</source>
        <translation>本公司</translation>
    </message>
    <message>
        <source>The name, address, tax number and bank printed on quotes and contracts.</source>
        <translation>报价单和合同上打印的公司名称、地址、税号和开户行。</translation>
    </message>
    <message>
        <source>Company &amp;details…</source>
        <translation>公司信息(&amp;D)…</translation>
    </message>
    <message>
        <source>Approval workflow</source>
        <translation>审批流程</translation>
    </message>
    <message>
        <source>Which requests need approval, above which amount or discount, and who approves them in which steps.</source>
        <translation>哪些申请需要审批、金额或折扣超过多少、由谁按什么步骤审批。</translation>
    </message>
    <message>
        <source>Appro&amp;val rules…</source>
        <translation>审批规则(&amp;V)…</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>配置：</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>服务器：</translation>
    </message>
    <message>
        <source>Saved passwords:</source>
        <translation>保存的密码：</translation>
    </message>
    <message>
        <source>Log folder:</source>
        <translation>日志文件夹：</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>stored in the system keyring</source>
        <translation>保存在系统密码库（钥匙串）中</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message numerus="yes">
        <source>Share %n {nouns}</source>
        <translation>
            <numerusform>共享 %n 个{noun}</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>人员(&amp;P)：</translation>
    </message>
    <message>
        <source>Access:</source>
        <translation>权限：</translation>
    </message>
    <message>
        <source>&amp;Read only</source>
        <translation>只读(&amp;R)</translation>
    </message>
    <message>
        <source>Read and &amp;write</source>
        <translation>可读写(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>截止日期(&amp;U)</translation>
    </message>
    <message>
        <source>Shared.</source>
        <translation>已共享。</translation>
    </message>
</context>
<context>
    <name>StatusArea</name>
    <message>
        <source>Recent notifications</source>
        <translation>最近的通知</translation>
    </message>
    <message>
        <source>{name} · {position} · {unit} · scope: {scope}</source>
        <translation>{name} · {position} · {unit} · 数据范围：{scope}</translation>
    </message>
    <message>
        <source>Signed in as {login}</source>
        <translation>登录账号：{login}</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>正在处理…</translation>
    </message>
    <message>
        <source>Connection to the server restored.</source>
        <translation>与服务器的连接已恢复。</translation>
    </message>
    <message>
        <source>Connection lost — reconnecting…</source>
        <translation>连接已断开 — 正在重新连接…</translation>
    </message>
    <message>
        <source>The server cannot be reached. Unsaved input is kept; salesdesk reconnects by itself.</source>
        <translation>无法连接服务器。未保存的输入会保留，salesdesk 会自动重新连接。</translation>
    </message>
</context>
<context>
    <name>TargetGridModel</name>
    <message>
        <source>Allocated {allocated} of {value}</source>
        <translation>已分配 {allocated}，共 {value}</translation>
    </message>
    <message>
        <source>unallocated {amount}</source>
        <translation>未分配 {amount}</translation>
    </message>
    <message>
        <source>over-allocated by {amount}</source>
        <translation>超额分配 {amount}</translation>
    </message>
    <message>
        <source>reconciled</source>
        <translation>已平衡</translation>
    </message>
    <message>
        <source>Company / unit / person</source>
        <translation>公司／部门／人员</translation>
    </message>
    <message>
        <source>{month}/{year}</source>
        <translation>{year}年{month}月</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>全年</translation>
    </message>
</context>
<context>
    <name>TargetImportDialog</name>
    <message>
        <source>Import targets</source>
        <translation>导入目标</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>原值</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>新值</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) change.</source>
        <translation><numerusform>将修改 %n 个单元格。</numerusform></translation>
    </message>
    <message>
        <source>Correct the file and import it again: nothing was saved.</source>
        <translation>请修改文件后重新导入：尚未保存任何内容。</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
</context>
<context>
    <name>TargetsPage</name>
    <message>
        <source>Sprint</source>
        <translation>冲刺</translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation>挑战</translation>
    </message>
    <message>
        <source>Split evenly</source>
        <translation>平均分配</translation>
    </message>
    <message>
        <source>Split by last year</source>
        <translation>按去年占比分配</translation>
    </message>
    <message>
        <source>Split by headcount</source>
        <translation>按人数分配</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>审批中</translation>
    </message>
    <message>
        <source>published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>已被取代</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>All nodes reconciled</source>
        <translation>所有节点均已平衡</translation>
    </message>
    <message numerus="yes">
        <source>%n node-month(s) not reconciled</source>
        <translation><numerusform>%n 个节点月份未平衡</numerusform></translation>
    </message>
    <message>
        <source>Submit the revision</source>
        <translation>提交目标调整</translation>
    </message>
    <message>
        <source>&amp;Why do the targets change?</source>
        <translation>调整原因(&amp;W)：</translation>
    </message>
    <message>
        <source>The revision is published.</source>
        <translation>目标调整已发布。</translation>
    </message>
    <message>
        <source>The revision waits for approval.</source>
        <translation>目标调整已提交，等待审批。</translation>
    </message>
    <message>
        <source>Targets workbook</source>
        <translation>目标工作簿</translation>
    </message>
    <message>
        <source>Targets saved to {path}</source>
        <translation>目标已保存到 {path}</translation>
    </message>
    <message>
        <source>Version {number} ({status})</source>
        <translation>第 {number} 版（{status}）</translation>
    </message>
    <message>
        <source>v{number} {status} · {when} · {who} · {why}</source>
        <translation>第 {number} 版 {status} · {when} · {who} · {why}</translation>
    </message>
    <message>
        <source>Fiscal &amp;year:</source>
        <translation>财年(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>版本(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Tier:</source>
        <translation>档位(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;New version</source>
        <translation>新建版本(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>发布(&amp;P)</translation>
    </message>
    <message>
        <source>Su&amp;bmit…</source>
        <translation>提交审批(&amp;B)…</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>版本历史</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
</context>
<context>
    <name>dashboard</name>
    <message>
        <source>Forecast this quarter</source>
        <translation>本季度预测</translation>
    </message>
    <message>
        <source>My pipeline</source>
        <translation>我的销售漏斗</translation>
    </message>
    <message>
        <source>Receivables by age</source>
        <translation>应收账龄</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>My attainment</source>
        <translation>我的业绩</translation>
    </message>
    <message>
        <source>Team attainment</source>
        <translation>团队业绩</translation>
    </message>
</context>
<context>
    <name>documents</name>
    <message>
        <source>Quotation</source>
        <translation>报价单</translation>
    </message>
    <message>
        <source>Sales contract</source>
        <translation>销售合同</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>供方</translation>
    </message>
    <message>
        <source>#</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Product code</source>
        <translation>产品编码</translation>
    </message>
    <message>
        <source>Product name</source>
        <translation>产品名称</translation>
    </message>
    <message>
        <source>Specification / model</source>
        <translation>规格型号</translation>
    </message>
    <message>
        <source>Unit of measure</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Unit price (excl. tax)</source>
        <translation>单价（不含税）</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>税率</translation>
    </message>
    <message>
        <source>Amount (excl. tax)</source>
        <translation>金额（不含税）</translation>
    </message>
    <message>
        <source>Subtotal (excl. tax)</source>
        <translation>合计（不含税）</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>税额</translation>
    </message>
    <message>
        <source>Total (incl. tax)</source>
        <translation>价税合计</translation>
    </message>
    <message>
        <source>Total in words</source>
        <translation>价税合计（大写）</translation>
    </message>
    <message>
        <source>Prices in CNY before tax; tax per line, rounded to the fen.</source>
        <translation>以上价格为人民币不含税价；税额按行计算，四舍五入到分。</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签字</translation>
    </message>
    <message>
        <source>Seal</source>
        <translation>盖章</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>代表人</translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <translation>{label}：{value}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>第 {page} 页，共 {pages} 页</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Signing in failed.</source>
        <translation>登录失败。</translation>
    </message>
    <message>
        <source>The login name or password is not correct. Please check them and try again.</source>
        <translation>登录账号或密码不正确。请检查后重试。</translation>
    </message>
    <message>
        <source>The server {host}:{port} cannot be reached. Check the network connection and the connection profile, or ask IT whether the server is running.</source>
        <translation>无法连接服务器 {host}:{port}。请检查网络连接和连接配置，或询问 IT 服务器是否在运行。</translation>
    </message>
    <message>
        <source>A secure (TLS) connection to the server could not be established. Check the TLS mode and the CA certificate file of the connection profile, or ask IT.</source>
        <translation>无法与服务器建立安全（TLS）连接。请检查连接配置中的 TLS 模式和 CA 证书文件，或联系 IT。</translation>
    </message>
    <message>
        <source>This account is deactivated or not allowed to use salesdesk. Please contact your administrator.</source>
        <translation>此账号已停用或无权使用 salesdesk。请联系管理员。</translation>
    </message>
    <message>
        <source>The database "{database}" does not exist on this server. Check the connection profile.</source>
        <translation>服务器上不存在数据库“{database}”。请检查连接配置。</translation>
    </message>
    <message>
        <source>The database is older (schema {found}) than this client needs ({needed}). Please ask IT to run "salesdesk-admin migrate" on the server.</source>
        <translation>数据库结构版本（{found}）低于本客户端所需的版本（{needed}）。请联系 IT 在服务器上运行“salesdesk-admin migrate”。</translation>
    </message>
    <message>
        <source>The database (schema {found}) is newer than this client understands ({needed}). Please install the current salesdesk client.</source>
        <translation>数据库结构版本（{found}）比本客户端支持的版本（{needed}）更新。请安装最新的 salesdesk 客户端。</translation>
    </message>
    <message>
        <source>The new password needs at least {min} characters.</source>
        <translation>新密码至少需要 {min} 个字符。</translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation>两次输入的新密码不一致。</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>新密码不能与当前密码相同。</translation>
    </message>
    <message>
        <source>The demo server could not be started: {detail}</source>
        <translation>无法启动演示服务器：{detail}</translation>
    </message>
    <message>
        <source>Your login is not an active employee.</source>
        <translation>您的账号不是在职员工。</translation>
    </message>
    <message>
        <source>The list cannot be sorted by this column.</source>
        <translation>列表不能按此列排序。</translation>
    </message>
    <message>
        <source>This filter value is not valid.</source>
        <translation>筛选值无效。</translation>
    </message>
    <message>
        <source>This person is not in your scope.</source>
        <translation>此人不在您的数据范围内。</translation>
    </message>
    <message>
        <source>The operation failed.</source>
        <translation>操作失败。</translation>
    </message>
    <message>
        <source>Please correct the highlighted fields.</source>
        <translation>请更正标出的字段。</translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation>您无权执行此操作。</translation>
    </message>
    <message>
        <source>Someone else is changing this right now. Please try again in a moment.</source>
        <translation>其他人正在修改此记录，请稍后再试。</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}：{problem}</translation>
    </message>
    <message>
        <source>The {kind} was not found. It may have been removed or is outside your scope.</source>
        <translation>未找到该{kind}。它可能已被删除，或不在您的数据范围内。</translation>
    </message>
    <message>
        <source>You can read this {kind} but not change it.</source>
        <translation>您可以查看此{kind}，但不能修改。</translation>
    </message>
    <message>
        <source>Only the owner and the people above them can hand this {kind} on.</source>
        <translation>只有负责人及其上级可以转交此{kind}。</translation>
    </message>
    <message>
        <source>{name} changed this {kind} at {when:%Y-%m-%d %H:%M}. Reload it to see their changes.</source>
        <translation>{name} 于 {when:%Y-%m-%d %H:%M} 修改了这个{kind}。请重新加载以查看对方的修改。</translation>
    </message>
    <message>
        <source>Someone else changed this {kind}. Reload it to see their changes.</source>
        <translation>其他人修改了这个{kind}。请重新加载以查看对方的修改。</translation>
    </message>
    <message>
        <source>{count} existing customer(s) have the same name or phone number.</source>
        <translation>有 {count} 个已有客户的名称或电话相同。</translation>
    </message>
    <message>
        <source>A customer with the same name or phone number exists: link it or change the name.</source>
        <translation>已有同名或同电话的客户：请关联该客户或修改名称。</translation>
    </message>
    <message>
        <source>Too many duplicate checks: the check is unavailable for about {minutes} min.</source>
        <translation>查重次数过多：约 {minutes} 分钟内暂不能查重。</translation>
    </message>
    <message>
        <source>Nothing was changed: {name}: {problem}</source>
        <translation>未做任何更改：{name}：{problem}</translation>
    </message>
    <message>
        <source>The connection to the database was lost. Please try again.</source>
        <translation>与数据库的连接已断开。请重试。</translation>
    </message>
    <message>
        <source>The database reported an error.</source>
        <translation>数据库报告了一个错误。</translation>
    </message>
    <message>
        <source>This value is not valid.</source>
        <translation>此值无效。</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>此项为必填项。</translation>
    </message>
    <message>
        <source>This value is too long.</source>
        <translation>此值太长。</translation>
    </message>
    <message>
        <source>Choose a value from the list.</source>
        <translation>请从列表中选择。</translation>
    </message>
    <message>
        <source>This request is not valid; reload and try again.</source>
        <translation>请求无效，请刷新后重试。</translation>
    </message>
    <message>
        <source>Type at least two characters (or three digits) to search.</source>
        <translation>请至少输入两个字符（或三位数字）进行搜索。</translation>
    </message>
    <message>
        <source>The credit shares must add up to exactly 100 %.</source>
        <translation>业绩分配比例合计必须正好是 100 %。</translation>
    </message>
    <message>
        <source>This person is already on the team.</source>
        <translation>此人已在团队中。</translation>
    </message>
    <message>
        <source>Give the reason the deal was lost.</source>
        <translation>请填写输单原因。</translation>
    </message>
    <message>
        <source>With product lines, the amount is their total.</source>
        <translation>有产品明细时，金额为明细合计。</translation>
    </message>
    <message>
        <source>The {kind} already belongs to this person.</source>
        <translation>该{kind}已归此人负责。</translation>
    </message>
    <message>
        <source>The {kind} is already in a pool.</source>
        <translation>该{kind}已在公海中。</translation>
    </message>
    <message>
        <source>There is no {kind} pool for the owner's unit.</source>
        <translation>负责人所在部门没有{kind}公海。</translation>
    </message>
    <message>
        <source>The owner already has access to this {kind}.</source>
        <translation>负责人已经可以访问这个{kind}。</translation>
    </message>
    <message>
        <source>This {kind} is archived; whoever manages the pool restores it before it can be claimed.</source>
        <translation>该{kind}已归档，需由公海管理者先恢复后才能领取。</translation>
    </message>
    <message>
        <source>The database is busy. Please try again.</source>
        <translation>数据库繁忙。请重试。</translation>
    </message>
    <message>
        <source>Enter the 18-character unified social credit code (统一社会信用代码); its last character is a check character: compare the number with the business licence.</source>
        <translation>请输入 18 位统一社会信用代码；最后一位是校验码，请与营业执照核对。</translation>
    </message>
    <message>
        <source>Enter the account number: digits, spaces allowed.</source>
        <translation>请输入银行账号：数字，可以有空格。</translation>
    </message>
    <message>
        <source>This request is not waiting on you (any more).</source>
        <translation>这条申请（已）不在等待您审批。</translation>
    </message>
    <message>
        <source>Approval rule “{rule}”, step {step}: nobody who stands above the requester can decide it. Ask whoever maintains the approval rules to correct it.</source>
        <translation>审批规则“{rule}”第 {step} 步：没有申请人的上级可以审批。请联系审批规则维护人员修正。</translation>
    </message>
    <message>
        <source>This request is already decided.</source>
        <translation>这条申请已经审批完毕。</translation>
    </message>
    <message>
        <source>This {kind} is already waiting for approval.</source>
        <translation>这个{kind}已在审批中。</translation>
    </message>
    <message>
        <source>An approval request stays with the person who submitted it.</source>
        <translation>审批申请只能属于提交人。</translation>
    </message>
    <message>
        <source>Only a draft or rejected contract can be changed; an approved contract changes through an amendment.</source>
        <translation>只有草稿或被驳回的合同可以修改；已审批的合同须通过合同变更修改。</translation>
    </message>
    <message>
        <source>The contract's status does not allow this (any more); reload it to see where it stands.</source>
        <translation>合同当前状态不允许此操作；请刷新查看最新状态。</translation>
    </message>
    <message>
        <source>A contract needs at least one product line.</source>
        <translation>合同至少需要一条产品明细。</translation>
    </message>
    <message>
        <source>This contract already has an amendment in progress.</source>
        <translation>此合同已有进行中的变更。</translation>
    </message>
    <message>
        <source>An amendment of this contract is waiting for approval.</source>
        <translation>此合同有一项变更正在审批中。</translation>
    </message>
    <message>
        <source>This contract has no amendment in progress to do this with.</source>
        <translation>此合同没有可进行此操作的变更。</translation>
    </message>
    <message>
        <source>This {kind} cannot do that in its current status: only a draft changes, and a sent one is revised into a new version.</source>
        <translation>该{kind}当前状态下不能这样做：只有草稿可以修改，已发送的要修订为新版本。</translation>
    </message>
    <message>
        <source>This {kind} is waiting for its discount’s approval.</source>
        <translation>该{kind}的折扣正在等待审批。</translation>
    </message>
    <message>
        <source>The discount was rejected: change the lines, then send again.</source>
        <translation>折扣被驳回：请修改明细后再发送。</translation>
    </message>
    <message>
        <source>Add at least one line before sending.</source>
        <translation>发送前请至少添加一行明细。</translation>
    </message>
    <message>
        <source>Set a validity date from today on before sending.</source>
        <translation>发送前请设置今天或之后的有效期。</translation>
    </message>
    <message>
        <source>This {kind} has expired: revise it with a new validity date.</source>
        <translation>该{kind}已过期：请修订并设置新的有效期。</translation>
    </message>
    <message>
        <source>Payments, plans and invoices are recorded only on an approved contract.</source>
        <translation>只有已审批的合同才能登记回款计划、回款和发票。</translation>
    </message>
    <message>
        <source>This is more than the contract still expects: at most ¥{room} can be received (payments waiting for approval included).</source>
        <translation>超出合同尚未回款的金额：最多还能登记 ¥{room}（含待审批的回款）。</translation>
    </message>
    <message>
        <source>The instalments add up to ¥{sum}; they must add up to the contract total, ¥{total}.</source>
        <translation>各期合计 ¥{sum}，必须等于合同总额 ¥{total}。</translation>
    </message>
    <message>
        <source>Invoices cannot exceed the contract total: at most ¥{room} (tax included) can still be invoiced.</source>
        <translation>开票金额不能超过合同总额：最多还能开 ¥{room}（含税）。</translation>
    </message>
    <message>
        <source>{count} node-months are not reconciled (their children's targets do not add up to theirs): reconcile every node before publishing.</source>
        <translation>有 {count} 个节点月份未平衡（下级目标之和不等于本级目标）：请先平衡所有节点再发布。</translation>
    </message>
    <message>
        <source>This target version is locked (published or submitted): start a new version to change it.</source>
        <translation>此目标版本已锁定（已发布或审批中）：如需修改，请新建版本。</translation>
    </message>
    <message>
        <source>A target must be a number of at least 0 in the version's fiscal year; counts are whole numbers.</source>
        <translation>目标必须是不小于 0 的数字，且月份在该版本的财年内；计数类指标须为整数。</translation>
    </message>
    <message>
        <source>The targets go to an active colleague in the same unit; nobody is left there to take them.</source>
        <translation>目标只能转给同一部门的在职同事；该部门已无人可以承接。</translation>
    </message>
    <message>
        <source>This target set already has a version in progress: finish it first.</source>
        <translation>此目标已有一个进行中的版本：请先完成它。</translation>
    </message>
    <message>
        <source>A revision is submitted with a reason, for approval.</source>
        <translation>目标调整需填写原因并提交审批。</translation>
    </message>
    <message>
        <source>This node has no children whose targets you may set.</source>
        <translation>此节点下没有您可以设定目标的下级。</translation>
    </message>
    <message>
        <source>This month is already closed for this scope; later changes appear as adjustments.</source>
        <translation>该范围的本月已结账；之后的更正将作为调整列出。</translation>
    </message>
    <message>
        <source>A month can only be closed after it has ended.</source>
        <translation>月份结束后才能结账。</translation>
    </message>
    <message>
        <source>The list position is no longer valid; reload the list.</source>
        <translation>列表位置已失效，请重新加载列表。</translation>
    </message>
    <message>
        <source>No password store (keyring) is available on this computer.</source>
        <translation>此计算机上没有可用的密码库（钥匙串）。</translation>
    </message>
    <message>
        <source>No password store (keyring) is available on this computer, so passwords cannot be remembered safely.</source>
        <translation>此计算机上没有可用的密码库（钥匙串），因此无法安全地记住密码。</translation>
    </message>
    <message>
        <source>Choose read or read-write access.</source>
        <translation>请选择只读或读写权限。</translation>
    </message>
    <message>
        <source>Choose an active employee.</source>
        <translation>请选择一名在职员工。</translation>
    </message>
    <message>
        <source>The end date must be in the future.</source>
        <translation>结束日期必须晚于当前时间。</translation>
    </message>
    <message>
        <source>At most {max} characters.</source>
        <translation>最多 {max} 个字符。</translation>
    </message>
    <message>
        <source>Enter a phone number: digits, spaces, ( ) and -, optionally a leading + and an extension (转 801).</source>
        <translation>请输入电话号码：数字、空格、( ) 和 -，可以 + 开头，可带分机（转 801）。</translation>
    </message>
    <message>
        <source>Enter a mobile number: 11 digits starting with 13 to 19, optionally after +86.</source>
        <translation>请输入手机号：以 13 至 19 开头的 11 位数字，可带 +86。</translation>
    </message>
    <message>
        <source>Enter an e-mail address like name@example.com.</source>
        <translation>请输入电子邮件地址，例如 name@example.com。</translation>
    </message>
    <message>
        <source>Enter a web address like www.example.com.</source>
        <translation>请输入网址，例如 www.example.com。</translation>
    </message>
    <message>
        <source>Choose a level from A to D.</source>
        <translation>请选择 A 到 D 的级别。</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>金额不能为负数。</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>金额太大。</translation>
    </message>
    <message>
        <source>At most two decimal places.</source>
        <translation>最多两位小数。</translation>
    </message>
    <message>
        <source>Enter a quantity such as 12 or 2.5.</source>
        <translation>请输入数量，例如 12 或 2.5。</translation>
    </message>
    <message>
        <source>The quantity must be more than 0.</source>
        <translation>数量必须大于 0。</translation>
    </message>
    <message>
        <source>The quantity is too large.</source>
        <translation>数量过大。</translation>
    </message>
    <message>
        <source>At most {places} decimal places.</source>
        <translation>最多 {places} 位小数。</translation>
    </message>
    <message>
        <source>Enter a percentage from 0 to 100, such as 35 or 12.5.</source>
        <translation>请输入 0 到 100 之间的百分比，例如 35 或 12.5。</translation>
    </message>
    <message>
        <source>Enter a date as year-month-day, such as 2026-12-01.</source>
        <translation>请按“年-月-日”输入日期，例如 2026-12-01。</translation>
    </message>
    <message>
        <source>The date cannot be before {min}.</source>
        <translation>日期不能早于 {min}。</translation>
    </message>
    <message>
        <source>The date cannot be after {max}.</source>
        <translation>日期不能晚于 {max}。</translation>
    </message>
    <message>
        <source>This field cannot be changed here.</source>
        <translation>此字段不能在这里修改。</translation>
    </message>
    <message>
        <source>Only one contact can be the primary contact.</source>
        <translation>只能有一个主联系人。</translation>
    </message>
    <message>
        <source>Something went wrong that salesdesk did not expect. The details were written to the log file {path}.</source>
        <translation>salesdesk 遇到了意外问题。详细信息已写入日志文件 {path}。</translation>
    </message>
    <message>
        <source>salesdesk</source>
        <translation>salesdesk</translation>
    </message>
    <message>
        <source>Sorry, something went wrong. Your work in open windows is kept; if the problem comes back, please send the log file {path} to IT.</source>
        <translation>抱歉，出现了问题。已打开窗口中的内容会保留；如果问题再次出现，请将日志文件 {path} 发给 IT。</translation>
    </message>
    <message>
        <source>Enter an amount such as 60000, 60,000.50 or 6.5万.</source>
        <translation>请输入金额，例如 60000、60,000.50 或 6.5万。</translation>
    </message>
    <message>
        <source>The list already has this entry.</source>
        <translation>列表中已有此选项。</translation>
    </message>
    <message>
        <source>Enter a tax rate between 0 % and 100 %.</source>
        <translation>请输入 0% 到 100% 之间的税率。</translation>
    </message>
    <message>
        <source>A code has letters, digits and - _ . / only, and no spaces.</source>
        <translation>编码只能包含字母、数字和 - _ . /，不能有空格。</translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation>请输入数字。</translation>
    </message>
    <message>
        <source>Another product already has this code.</source>
        <translation>已有产品使用这个编码。</translation>
    </message>
    <message>
        <source>Choose a follow-up type from the list.</source>
        <translation>请从列表中选择跟进方式。</translation>
    </message>
    <message>
        <source>Satisfaction is from 1 to 5.</source>
        <translation>满意度为 1 到 5。</translation>
    </message>
    <message>
        <source>Give the date and time of the follow-up.</source>
        <translation>请填写跟进的日期和时间。</translation>
    </message>
    <message>
        <source>Choose a status from the list.</source>
        <translation>请从列表中选择状态。</translation>
    </message>
    <message>
        <source>This deal has no product lines to quote.</source>
        <translation>此商机没有可报价的产品明细。</translation>
    </message>
    <message>
        <source>A negative amount has no capital amount: {amount}.</source>
        <translation>负数金额不能写成大写金额：{amount}。</translation>
    </message>
    <message>
        <source>The amount {amount} is too large for a capital amount (it must be below 1,000,000,000,000).</source>
        <translation>金额 {amount} 太大，无法写成大写金额（必须小于 1 万亿）。</translation>
    </message>
    <message>
        <source>The amount {amount} has more than two decimal places: round it to the fen first.</source>
        <translation>金额 {amount} 超过两位小数：请先四舍五入到分。</translation>
    </message>
    <message>
        <source>The amount {amount} is not a number of yuan.</source>
        <translation>金额 {amount} 不是有效的元数。</translation>
    </message>
    <message>
        <source>The file {path} could not be written: {reason}</source>
        <translation>无法写入文件 {path}：{reason}</translation>
    </message>
    <message>
        <source>Save the deal first: the quote is made from its saved product lines.</source>
        <translation>请先保存商机：报价单按已保存的产品明细生成。</translation>
    </message>
    <message>
        <source>A rule needs at least one step.</source>
        <translation>规则至少需要一个审批步骤。</translation>
    </message>
    <message>
        <source>Only a rule for expenses names expense categories.</source>
        <translation>只有费用审批规则可以指定费用类别。</translation>
    </message>
    <message>
        <source>No active employee has the login “{login}”.</source>
        <translation>没有登录名为“{login}”的在职员工。</translation>
    </message>
    <message>
        <source>Write a comment: a rejection says why.</source>
        <translation>请填写意见：驳回需要说明原因。</translation>
    </message>
    <message>
        <source>Write the comment first.</source>
        <translation>请先填写意见。</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>金额必须大于零。</translation>
    </message>
    <message>
        <source>Choose a payment method from the list.</source>
        <translation>请从列表中选择回款方式。</translation>
    </message>
    <message>
        <source>Choose an invoice type from the list.</source>
        <translation>请从列表中选择发票类型。</translation>
    </message>
    <message>
        <source>Group the receivables by customer, person or unit.</source>
        <translation>应收账款只能按客户、人员或部门分组。</translation>
    </message>
    <message>
        <source>A code is 2 to 31 lowercase letters or underscores, starting with a letter.</source>
        <translation>编码为 2 到 31 个小写字母或下划线，以字母开头。</translation>
    </message>
    <message>
        <source>A category with this code exists already.</source>
        <translation>已有使用此编码的类别。</translation>
    </message>
    <message>
        <source>Another category has this name.</source>
        <translation>已有其他类别使用此名称。</translation>
    </message>
    <message>
        <source>Choose a month, a quarter or a fiscal year.</source>
        <translation>请选择月份、季度或财年。</translation>
    </message>
    <message>
        <source>Choose the company, a unit or a person.</source>
        <translation>请选择公司、部门或人员。</translation>
    </message>
    <message>
        <source>Rank people or units.</source>
        <translation>请选择按人员或按部门排名。</translation>
    </message>
    <message>
        <source>The weights must add up to 100.</source>
        <translation>各项权重之和必须为 100。</translation>
    </message>
    <message>
        <source>Each indicator once, with a weight above 0.</source>
        <translation>每项指标只能出现一次，且权重须大于 0。</translation>
    </message>
    <message>
        <source>A count target is a whole number, such as 12.</source>
        <translation>计数类目标须为整数，例如 12。</translation>
    </message>
    <message>
        <source>Row {row}: no such company, unit or person in this grid.</source>
        <translation>第 {row} 行：本表中没有这个公司、部门或人员。</translation>
    </message>
    <message>
        <source>Row {row}, {month}: you may not set this target.</source>
        <translation>第 {row} 行，{month}：您不能设定这个目标。</translation>
    </message>
    <message>
        <source>Row {row}, {month}: {problem}</source>
        <translation>第 {row} 行，{month}：{problem}</translation>
    </message>
    <message>
        <source>This is not a target sheet of this fiscal year: the months do not match.</source>
        <translation>这不是本财年的目标表：月份不一致。</translation>
    </message>
    <message>
        <source>This target version was not found.</source>
        <translation>找不到此目标版本。</translation>
    </message>
    <message>
        <source>Give the reason for the change.</source>
        <translation>请填写调整原因。</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>导出已取消。</translation>
    </message>
    <message>
        <source>The same as row {row} of this file.</source>
        <translation>与本文件第 {row} 行重复。</translation>
    </message>
    <message>
        <source>Already among your records: remove this row.</source>
        <translation>您名下已有此记录，请删除此行。</translation>
    </message>
    <message>
        <source>A customer with this name or phone already exists in the company: remove this row or ask its holder.</source>
        <translation>公司内已有同名或同电话的客户，请删除此行或联系其负责人。</translation>
    </message>
    <message>
        <source>A lead with this name or phone already exists in the company: remove this row or ask its holder.</source>
        <translation>公司内已有同名或同电话的线索，请删除此行或联系其负责人。</translation>
    </message>
    <message>
        <source>Choose a value from the list: {values}.</source>
        <translation>请从列表中选择：{values}。</translation>
    </message>
    <message>
        <source>Choose the column that holds the name.</source>
        <translation>请选择名称所在的列。</translation>
    </message>
    <message>
        <source>At most {max} rows per import: split the file.</source>
        <translation>每次最多导入 {max} 行，请拆分文件。</translation>
    </message>
    <message>
        <source>{file} is not a text file in UTF-8 or GBK/GB18030: save it from Excel as "CSV UTF-8" or as .xlsx.</source>
        <translation>{file} 不是 UTF-8 或 GBK/GB18030 编码的文本文件：请在 Excel 中另存为“CSV UTF-8”或 .xlsx。</translation>
    </message>
    <message>
        <source>{file} is not a readable .xlsx workbook.</source>
        <translation>{file} 不是可读取的 .xlsx 工作簿。</translation>
    </message>
    <message>
        <source>{file}: use a .csv or .xlsx file.</source>
        <translation>{file}：请使用 .csv 或 .xlsx 文件。</translation>
    </message>
    <message>
        <source>{file} has no header row.</source>
        <translation>{file} 没有表头行。</translation>
    </message>
    <message>
        <source>{file} does not exist.</source>
        <translation>{file} 不存在。</translation>
    </message>
    <message>
        <source>Sort the customer analysis by one of its figures.</source>
        <translation>客户分析只能按其中的某项指标排序。</translation>
    </message>
    <message>
        <source>Roll the customer analysis up by person, unit, company, segment or ABC class.</source>
        <translation>客户分析只能按人员、部门、公司、客户分群或 ABC 分类汇总。</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>What to fix</source>
        <translation>修改方法</translation>
    </message>
    <message>
        <source>(whole row)</source>
        <translation>（整行）</translation>
    </message>
    <message>
        <source>Rows to fix</source>
        <translation>需修改的行</translation>
    </message>
</context>
<context>
    <name>kinds</name>
    <message>
        <source>record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>records</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>lead</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>opportunity</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>product line</source>
        <translation>产品明细</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>跟进记录</translation>
    </message>
    <message>
        <source>approval request</source>
        <translation>审批申请</translation>
    </message>
    <message>
        <source>contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>contract line</source>
        <translation>合同明细</translation>
    </message>
    <message>
        <source>quote</source>
        <translation>报价单</translation>
    </message>
    <message>
        <source>quote line</source>
        <translation>报价明细</translation>
    </message>
    <message>
        <source>instalment</source>
        <translation>回款计划</translation>
    </message>
    <message>
        <source>payment</source>
        <translation>回款</translation>
    </message>
    <message>
        <source>invoice</source>
        <translation>发票</translation>
    </message>
    <message>
        <source>target version</source>
        <translation>目标版本</translation>
    </message>
    <message>
        <source>month close</source>
        <translation>月结</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>products</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>leads</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>opportunities</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>follow-ups</source>
        <translation>跟进记录</translation>
    </message>
    <message>
        <source>approval requests</source>
        <translation>审批申请</translation>
    </message>
    <message>
        <source>contracts</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>quotes</source>
        <translation>报价单</translation>
    </message>
    <message>
        <source>instalments</source>
        <translation>回款计划</translation>
    </message>
    <message>
        <source>payments</source>
        <translation>回款</translation>
    </message>
    <message>
        <source>invoices</source>
        <translation>发票</translation>
    </message>
</context>
<context>
    <name>monthly_report</name>
    <message>
        <source>Month summary</source>
        <translation>月度汇总</translation>
    </message>
    <message>
        <source>Adjustments</source>
        <translation>调整</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Tier reached</source>
        <translation>达成档位</translation>
    </message>
    <message>
        <source>Total of the above</source>
        <translation>以上合计</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>审批日期</translation>
    </message>
    <message>
        <source>Converted on</source>
        <translation>转化日期</translation>
    </message>
    <message>
        <source>Spent on</source>
        <translation>发生日期</translation>
    </message>
    <message>
        <source>Changed on</source>
        <translation>变更日期</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>Unplanned</source>
        <translation>未计划</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>Last on</source>
        <translation>最近一次</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>加权金额</translation>
    </message>
    <message>
        <source>Forecast category</source>
        <translation>预测类别</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>部分</translation>
    </message>
    <message>
        <source>At close</source>
        <translation>结账时</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>现在</translation>
    </message>
    <message>
        <source>Preliminary</source>
        <translation>初步（未结账）</translation>
    </message>
    <message>
        <source>Closed {when} by {who}</source>
        <translation>已结账（{when}，{who}）</translation>
    </message>
    <message>
        <source>Monthly report {month} · {scope} · {status}</source>
        <translation>月度报表 {month} · {scope} · {status}</translation>
    </message>
    <message>
        <source>Page &amp;P of &amp;N</source>
        <translation>第 &amp;P 页，共 &amp;N 页</translation>
    </message>
    <message>
        <source>Target and actual: {metric}</source>
        <translation>目标与实际：{metric}</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户详情</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Customer pool</source>
        <translation>客户公海</translation>
    </message>
    <message>
        <source>Archived customers</source>
        <translation>已归档客户</translation>
    </message>
    <message>
        <source>Picklists</source>
        <translation>选项列表</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>Lead pool</source>
        <translation>线索公海</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>销售漏斗</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Customer overview</source>
        <translation>客户概览</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>跟进记录</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>审批</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>报价单</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>销售费用</translation>
    </message>
    <message>
        <source>Receivables</source>
        <translation>应收账款</translation>
    </message>
    <message>
        <source>Forecast and funnel</source>
        <translation>预测与漏斗</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>工作台</translation>
    </message>
    <message>
        <source>Attainment</source>
        <translation>业绩达成</translation>
    </message>
    <message>
        <source>Briefing and scorecards</source>
        <translation>简报与考核</translation>
    </message>
    <message>
        <source>Rankings</source>
        <translation>排行榜</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Customer analysis</source>
        <translation>客户分析</translation>
    </message>
    <message>
        <source>Approval rules</source>
        <translation>审批规则</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>回款</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>发票</translation>
    </message>
    <message>
        <source>Month close</source>
        <translation>月结</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>No password: set SALESDESK_PASSWORD or let the client remember it for this login.</source>
        <translation>没有密码：请设置 SALESDESK_PASSWORD，或让客户端为此登录名记住密码。</translation>
    </message>
</context>
<context>
    <name>scope</name>
    <message>
        <source>own records</source>
        <translation>本人</translation>
    </message>
    <message>
        <source>own and subordinates' records</source>
        <translation>本人及下属</translation>
    </message>
    <message>
        <source>own unit</source>
        <translation>本部门</translation>
    </message>
    <message>
        <source>own unit and sub-units</source>
        <translation>本部门及下级部门</translation>
    </message>
    <message>
        <source>everything</source>
        <translation>全部</translation>
    </message>
</context>
<context>
    <name>tls</name>
    <message>
        <source>Not encrypted</source>
        <translation>不加密</translation>
    </message>
    <message>
        <source>Encrypted only if the server asks</source>
        <translation>仅在服务器要求时加密</translation>
    </message>
    <message>
        <source>Encrypted when the server offers it</source>
        <translation>服务器支持时加密</translation>
    </message>
    <message>
        <source>Encrypted, server not checked</source>
        <translation>加密，不校验服务器</translation>
    </message>
    <message>
        <source>Encrypted, certificate checked</source>
        <translation>加密，校验证书</translation>
    </message>
    <message>
        <source>Encrypted, certificate and server name checked</source>
        <translation>加密，校验证书和服务器名称</translation>
    </message>
</context>
<context>
    <name>words</name>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>放弃修改</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>公海</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Submit for approval</source>
        <translation>提交审批</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>撤回</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>状态：{status}</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>公司全称</translation>
    </message>
    <message>
        <source>Tax number</source>
        <translation>税号</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>开户行</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>银行账号</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Amount (¥10k)</source>
        <translation>金额（万元）</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Whole company</source>
        <translation>全公司</translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation>指标(&amp;M)：</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>已取消导出。</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>审批中</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已同意</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>Commented</source>
        <translation>发表意见</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>待审批</translation>
    </message>
    <message>
        <source>Not reached yet</source>
        <translation>未到达</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>Expense</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>回款</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>转移</translation>
    </message>
    <message>
        <source>Target change</source>
        <translation>目标调整</translation>
    </message>
    <message>
        <source>Any one</source>
        <translation>或签</translation>
    </message>
    <message>
        <source>All</source>
        <translation>会签</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>赢单率</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>归档时间</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Search by name, login or unit</source>
        <translation>按姓名、登录名或部门搜索</translation>
    </message>
    <message>
        <source>Reassign…</source>
        <translation>转交…</translation>
    </message>
    <message>
        <source>Share…</source>
        <translation>共享…</translation>
    </message>
    <message>
        <source>Release to pool…</source>
        <translation>退回公海…</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>领取</translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation>取消共享</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>共享</translation>
    </message>
    <message>
        <source>Ownership history</source>
        <translation>归属历史</translation>
    </message>
    <message>
        <source>Audit history</source>
        <translation>审计记录</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>历史记录…</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Log follow-up</source>
        <translation>记跟进</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>客户概览</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>预计成交</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>Revised</source>
        <translation>已修订</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>联系人姓名</translation>
    </message>
    <message>
        <source>Contact title</source>
        <translation>联系人职务</translation>
    </message>
    <message>
        <source>Contact mobile</source>
        <translation>联系人手机</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>联系人电话</translation>
    </message>
    <message>
        <source>Contact e-mail</source>
        <translation>联系人邮箱</translation>
    </message>
</context>
</TS>