<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About salesdesk</source>
        <translation>About salesdesk</translation>
    </message>
    <message>
        <source>Client version</source>
        <translation>Client version</translation>
    </message>
    <message>
        <source>Database schema</source>
        <translation>Database schema</translation>
    </message>
    <message>
        <source>Schema this client needs</source>
        <translation>Schema this client needs</translation>
    </message>
    <message>
        <source>PostgreSQL server</source>
        <translation>PostgreSQL server</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
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
        <translation>Superior, levels up</translation>
    </message>
    <message>
        <source>Holders of a position</source>
        <translation>Holders of a position</translation>
    </message>
    <message>
        <source>Named people (logins)</source>
        <translation>Named people (logins)</translation>
    </message>
    <message>
        <source>Approval rule</source>
        <translation>Approval rule</translation>
    </message>
    <message>
        <source>Request &amp;type</source>
        <translation>Request &amp;type</translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation>&amp;Priority</translation>
    </message>
    <message>
        <source>Amount &amp;at least</source>
        <translation>Amount &amp;at least</translation>
    </message>
    <message>
        <source>&amp;Discount at least (%)</source>
        <translation>&amp;Discount at least (%)</translation>
    </message>
    <message>
        <source>Expense &amp;categories</source>
        <translation>Expense &amp;categories</translation>
    </message>
    <message>
        <source>&amp;Steps, in order</source>
        <translation>&amp;Steps, in order</translation>
    </message>
    <message>
        <source>Acti&amp;ve</source>
        <translation>Acti&amp;ve</translation>
    </message>
    <message>
        <source>Add st&amp;ep</source>
        <translation>Add st&amp;ep</translation>
    </message>
    <message>
        <source>&amp;Remove step</source>
        <translation>&amp;Remove step</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>Approver</translation>
    </message>
    <message>
        <source>Levels, position or people</source>
        <translation>Levels, position or people</translation>
    </message>
    <message>
        <source>any amount</source>
        <translation>any amount</translation>
    </message>
    <message>
        <source>any discount</source>
        <translation>any discount</translation>
    </message>
    <message>
        <source> level(s) up</source>
        <translation> level(s) up</translation>
    </message>
    <message>
        <source>logins, separated by commas</source>
        <translation>logins, separated by commas</translation>
    </message>
    <message>
        <source>Name at least one person (their login) in each step of named people.</source>
        <translation>Name at least one person (their login) in each step of named people.</translation>
    </message>
    <message>
        <source>Choose the position of each step of a position.</source>
        <translation>Choose the position of each step of a position.</translation>
    </message>
    <message>
        <source>Request type</source>
        <translation>Request type</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Amount at least</source>
        <translation>Amount at least</translation>
    </message>
    <message>
        <source>Discount at least</source>
        <translation>Discount at least</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Steps</translation>
    </message>
    <message numerus="yes">
        <source>superior %n level(s) up</source>
        <translation><numerusform>superior %n level up</numerusform><numerusform>superior %n levels up</numerusform></translation>
    </message>
    <message>
        <source>A&amp;ctivate</source>
        <translation>A&amp;ctivate</translation>
    </message>
    <message>
        <source>The first active rule of a request's type, by priority, whose conditions all hold decides who approves it; a request no rule matches needs no approval.</source>
        <translation>The first active rule of a request's type, by priority, whose conditions all hold decides who approves it; a request no rule matches needs no approval.</translation>
    </message>
    <message>
        <source>The company's approval rules. Only who maintains approval rules changes them.</source>
        <translation>The company's approval rules. Only who maintains approval rules changes them.</translation>
    </message>
    <message>
        <source>&amp;Add rule…</source>
        <translation>&amp;Add rule…</translation>
    </message>
    <message>
        <source>&amp;Edit rule…</source>
        <translation>&amp;Edit rule…</translation>
    </message>
</context>
<context>
    <name>ApprovalRulesPage</name>
    <message>
        <source>{who} ({mode})</source>
        <translation>{who} ({mode})</translation>
    </message>
</context>
<context>
    <name>ApprovalsPage</name>
    <message>
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Requester</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <source>Submitted at</source>
        <translation>Submitted at</translation>
    </message>
    <message>
        <source>Waiting on</source>
        <translation>Waiting on</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Round</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>{n} of {total}</source>
        <translation>{n} of {total}</translation>
    </message>
    <message>
        <source>Waiting on me ({n})</source>
        <translation>Waiting on me ({n})</translation>
    </message>
    <message>
        <source>Submitted by me</source>
        <translation>Submitted by me</translation>
    </message>
    <message>
        <source>Trail of the selected request</source>
        <translation>Trail of the selected request</translation>
    </message>
    <message>
        <source>Comment (a rejection needs one) — Ctrl+Enter approves</source>
        <translation>Comment (a rejection needs one) — Ctrl+Enter approves</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Approve</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>Re&amp;ject</translation>
    </message>
    <message>
        <source>Add &amp;comment</source>
        <translation>Add &amp;comment</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>&amp;Withdraw</translation>
    </message>
    <message>
        <source>A request is waiting for your approval.</source>
        <translation>A request is waiting for your approval.</translation>
    </message>
    <message>
        <source>Approved: the request goes on.</source>
        <translation>Approved: the request goes on.</translation>
    </message>
    <message>
        <source>Rejected: the requester sees your comment.</source>
        <translation>Rejected: the requester sees your comment.</translation>
    </message>
    <message>
        <source>Your comment is in the trail.</source>
        <translation>Your comment is in the trail.</translation>
    </message>
    <message>
        <source>The request is withdrawn.</source>
        <translation>The request is withdrawn.</translation>
    </message>
</context>
<context>
    <name>ArchivedCustomersPage</name>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Archived customers are out of every list, with their contacts and history kept. Restore brings them back to Customers.</source>
        <translation>Archived customers are out of every list, with their contacts and history kept. Restore brings them back to Customers.</translation>
    </message>
    <message>
        <source>No archived customers</source>
        <translation>No archived customers</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) restored.</source>
        <translation>
            <numerusform>%n customer restored.</numerusform><numerusform>%n customers restored.</numerusform></translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Current password:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation>&amp;Repeat new password:</translation>
    </message>
    <message>
        <source>Choose a new password of at least {min} characters.</source>
        <translation>Choose a new password of at least {min} characters.</translation>
    </message>
    <message>
        <source>You signed in with a password from IT. Please choose your own password now; the one you were given then stops working.</source>
        <translation>You signed in with a password from IT. Please choose your own password now; the one you were given then stops working.</translation>
    </message>
    <message>
        <source>The current password is not correct.</source>
        <translation>The current password is not correct.</translation>
    </message>
</context>
<context>
    <name>ChartCanvas</name>
    <message>
        <source>Save as PNG…</source>
        <translation>Save as PNG…</translation>
    </message>
    <message>
        <source>Copy chart</source>
        <translation>Copy chart</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Save chart</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <source>The chart could not be saved: %1</source>
        <translation>The chart could not be saved: %1</translation>
    </message>
</context>
<context>
    <name>CompanyProfileEditor</name>
    <message>
        <source>Company details</source>
        <translation>Company details</translation>
    </message>
    <message>
        <source>Printed as the seller's header of every quote and contract.</source>
        <translation>Printed as the seller's header of every quote and contract.</translation>
    </message>
    <message>
        <source>&amp;Legal name (as registered)</source>
        <translation>&amp;Legal name (as registered)</translation>
    </message>
    <message>
        <source>S&amp;hort name</source>
        <translation>S&amp;hort name</translation>
    </message>
    <message>
        <source>Registered a&amp;ddress</source>
        <translation>Registered a&amp;ddress</translation>
    </message>
    <message>
        <source>Tele&amp;phone</source>
        <translation>Tele&amp;phone</translation>
    </message>
    <message>
        <source>&amp;Tax number (unified social credit code)</source>
        <translation>&amp;Tax number (unified social credit code)</translation>
    </message>
    <message>
        <source>&amp;Bank and branch</source>
        <translation>&amp;Bank and branch</translation>
    </message>
    <message>
        <source>Account n&amp;umber</source>
        <translation>Account n&amp;umber</translation>
    </message>
    <message>
        <source>&amp;Web address</source>
        <translation>&amp;Web address</translation>
    </message>
    <message>
        <source>Last changed on {when} by {who}.</source>
        <translation>Last changed on {when} by {who}.</translation>
    </message>
    <message>
        <source>The company details are saved.</source>
        <translation>The company details are saved.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Someone else changed this customer</source>
        <translation>Someone else changed this customer</translation>
    </message>
    <message>
        <source>Your changes were not saved. Compare them with the current version, then reload it (your changes are discarded) or keep editing (your changes are applied on top of the current version and you can save again).</source>
        <translation>Your changes were not saved. Compare them with the current version, then reload it (your changes are discarded) or keep editing (your changes are applied on top of the current version and you can save again).</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Your value</source>
        <translation>Your value</translation>
    </message>
    <message>
        <source>Their current value</source>
        <translation>Their current value</translation>
    </message>
    <message>
        <source>&amp;Reload (discard my changes)</source>
        <translation>&amp;Reload (discard my changes)</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Keep editing</translation>
    </message>
    <message>
        <source>{name} changed this customer at {when} while you were editing it.</source>
        <translation>{name} changed this customer at {when} while you were editing it.</translation>
    </message>
    <message>
        <source>Someone else changed this customer while you were editing it.</source>
        <translation>Someone else changed this customer while you were editing it.</translation>
    </message>
    <message>
        <source>Their other changes are already in the form: {fields}.</source>
        <translation>Their other changes are already in the form: {fields}.</translation>
    </message>
</context>
<context>
    <name>ContractEditor</name>
    <message>
        <source>C&amp;ontract</source>
        <translation>C&amp;ontract</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Customer:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>Si&amp;gned on:</source>
        <translation>Si&amp;gned on:</translation>
    </message>
    <message>
        <source>&amp;Starts on:</source>
        <translation>&amp;Starts on:</translation>
    </message>
    <message>
        <source>&amp;Ends on:</source>
        <translation>&amp;Ends on:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>A&amp;pproval</source>
        <translation>A&amp;pproval</translation>
    </message>
    <message>
        <source>&amp;Versions</source>
        <translation>&amp;Versions</translation>
    </message>
    <message>
        <source>The totals are computed when you save.</source>
        <translation>The totals are computed when you save.</translation>
    </message>
    <message>
        <source>Amendment: amount {amount} + tax {tax} = total {total}</source>
        <translation>Amendment: amount {amount} + tax {tax} = total {total}</translation>
    </message>
    <message>
        <source>Amount {amount} + tax {tax} = total {total}</source>
        <translation>Amount {amount} + tax {tax} = total {total}</translation>
    </message>
    <message>
        <source>New contract</source>
        <translation>New contract</translation>
    </message>
    <message>
        <source>This contract is {status}: it changes only through an amendment.</source>
        <translation>This contract is {status}: it changes only through an amendment.</translation>
    </message>
    <message>
        <source>You can read this contract but not change it.</source>
        <translation>You can read this contract but not change it.</translation>
    </message>
    <message>
        <source>Payments and invoices</source>
        <translation>Payments and invoices</translation>
    </message>
    <message>
        <source>Tax rate %</source>
        <translation>Tax rate %</translation>
    </message>
</context>
<context>
    <name>ContractFlow</name>
    <message>
        <source>Mark in effect</source>
        <translation>Mark in effect</translation>
    </message>
    <message>
        <source>Mark fulfilled</source>
        <translation>Mark fulfilled</translation>
    </message>
    <message>
        <source>Cancel contract…</source>
        <translation>Cancel contract…</translation>
    </message>
    <message>
        <source>Amend</source>
        <translation>Amend</translation>
    </message>
    <message>
        <source>Submit amendment</source>
        <translation>Submit amendment</translation>
    </message>
    <message>
        <source>Withdraw amendment</source>
        <translation>Withdraw amendment</translation>
    </message>
    <message>
        <source>Discard amendment</source>
        <translation>Discard amendment</translation>
    </message>
    <message>
        <source>A new contract: save it, then submit it for approval.</source>
        <translation>A new contract: save it, then submit it for approval.</translation>
    </message>
    <message>
        <source> · No. {number}</source>
        <translation> · No. {number}</translation>
    </message>
    <message>
        <source> · amendment {n} in force</source>
        <translation> · amendment {n} in force</translation>
    </message>
    <message>
        <source>Amendment {n} is being edited ({state}): the approved contract stays in force until the amendment is approved. Amendment total {total}.</source>
        <translation>Amendment {n} is being edited ({state}): the approved contract stays in force until the amendment is approved. Amendment total {total}.</translation>
    </message>
    <message>
        <source>Amendment {n} is waiting for approval; the approved contract stays in force meanwhile.</source>
        <translation>Amendment {n} is waiting for approval; the approved contract stays in force meanwhile.</translation>
    </message>
    <message>
        <source>Export contract…</source>
        <translation>Export contract…</translation>
    </message>
    <message>
        <source>Cancel contract</source>
        <translation>Cancel contract</translation>
    </message>
    <message>
        <source>Cancel this contract? Its number stays with it; this cannot be undone.</source>
        <translation>Cancel this contract? Its number stays with it; this cannot be undone.</translation>
    </message>
    <message>
        <source>Export contract</source>
        <translation>Export contract</translation>
    </message>
    <message>
        <source>Contract saved to {path}</source>
        <translation>Contract saved to {path}</translation>
    </message>
</context>
<context>
    <name>ContractListPage</name>
    <message numerus="yes">
        <source>%n contract(s)</source>
        <translation><numerusform>%n contract</numerusform><numerusform>%n contracts</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>at least %n contract(s)</source>
        <translation><numerusform>at least %n contract</numerusform><numerusform>at least %n contracts</numerusform></translation>
    </message>
    <message>
        <source>Any customer</source>
        <translation>Any customer</translation>
    </message>
    <message>
        <source>Search title or number…</source>
        <translation>Search title or number…</translation>
    </message>
    <message>
        <source>No contracts yet — press {key} to add one</source>
        <translation>No contracts yet — press {key} to add one</translation>
    </message>
</context>
<context>
    <name>ContractModels</name>
    <message>
        <source>Contract name</source>
        <translation>Contract name</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Amendment {n}</source>
        <translation>Amendment {n}</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <source>Approved at</source>
        <translation>Approved at</translation>
    </message>
</context>
<context>
    <name>ContractStatus</name>
    <message>
        <source>Waiting for approval</source>
        <translation>Waiting for approval</translation>
    </message>
    <message>
        <source>In effect</source>
        <translation>In effect</translation>
    </message>
    <message>
        <source>Fulfilled</source>
        <translation>Fulfilled</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
</context>
<context>
    <name>Customer360Page</name>
    <message>
        <source>Last contact: {when}</source>
        <translation>Last contact: {when}</translation>
    </message>
    <message>
        <source>Next follow-up: {when}</source>
        <translation>Next follow-up: {when}</translation>
    </message>
    <message>
        <source>Open pipeline {open} · weighted {weighted} · won this year {won}</source>
        <translation>Open pipeline {open} · weighted {weighted} · won this year {won}</translation>
    </message>
    <message>
        <source>{kind} with {contact}</source>
        <translation>{kind} with {contact}</translation>
    </message>
    <message>
        <source>Deal moved to {stage}</source>
        <translation>Deal moved to {stage}</translation>
    </message>
    <message>
        <source>Owner {old} → {new}</source>
        <translation>Owner {old} → {new}</translation>
    </message>
    <message>
        <source>&amp;Log follow-up</source>
        <translation>&amp;Log follow-up</translation>
    </message>
    <message>
        <source>Open &amp;customer</source>
        <translation>Open &amp;customer</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Deals</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
</context>
<context>
    <name>CustomerActions</name>
    <message numerus="yes">
        <source>Archive %n customer(s)? They leave the lists but nothing is deleted.</source>
        <translation>
            <numerusform>Archive %n customer? It leaves the lists but nothing is deleted.</numerusform><numerusform>Archive %n customers? They leave the lists but nothing is deleted.</numerusform></translation>
    </message>
</context>
<context>
    <name>CustomerAnalysis</name>
    <message>
        <source>Customers by segment</source>
        <translation>Customers by segment</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>ABC by revenue: A %1 · B %2 · C %3 customers</source>
        <translation>ABC by revenue: A %1 · B %2 · C %3 customers</translation>
    </message>
    <message>
        <source>Cumulative share</source>
        <translation>Cumulative share</translation>
    </message>
    <message>
        <source>Profit contribution, top %1</source>
        <translation>Profit contribution, top %1</translation>
    </message>
    <message>
        <source>The first %1 of %2 customers, largest first; click a header to sort by it.</source>
        <translation>The first %1 of %2 customers, largest first; click a header to sort by it.</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>&amp;As of:</translation>
    </message>
    <message>
        <source>Re&amp;calculate</source>
        <translation>Re&amp;calculate</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>Sho&amp;w:</translation>
    </message>
    <message>
        <source>Profit contribution is shown only to positions that may see cost.</source>
        <translation>Profit contribution is shown only to positions that may see cost.</translation>
    </message>
    <message>
        <source>Segments (RFM)</source>
        <translation>Segments (RFM)</translation>
    </message>
    <message>
        <source>ABC by revenue</source>
        <translation>ABC by revenue</translation>
    </message>
    <message>
        <source>Profit ranking</source>
        <translation>Profit ranking</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Last 12 months</translation>
    </message>
    <message>
        <source>Each customer</source>
        <translation>Each customer</translation>
    </message>
    <message>
        <source>By person</source>
        <translation>By person</translation>
    </message>
    <message>
        <source>By unit</source>
        <translation>By unit</translation>
    </message>
    <message>
        <source>%1 (average)</source>
        <translation>%1 (average)</translation>
    </message>
    <message>
        <source>Follow-ups in 12 months</source>
        <translation>Follow-ups in 12 months</translation>
    </message>
    <message>
        <source>Champion</source>
        <translation>Champion</translation>
    </message>
    <message>
        <source>Loyal</source>
        <translation>Loyal</translation>
    </message>
    <message>
        <source>New or occasional</source>
        <translation>New or occasional</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>At risk</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation>Lapsed</translation>
    </message>
    <message>
        <source>Never bought</source>
        <translation>Never bought</translation>
    </message>
    <message>
        <source>Strategic</source>
        <translation>Strategic</translation>
    </message>
    <message>
        <source>Close relationship</source>
        <translation>Close relationship</translation>
    </message>
    <message>
        <source>Ordinary</source>
        <translation>Ordinary</translation>
    </message>
    <message>
        <source>Distant</source>
        <translation>Distant</translation>
    </message>
    <message>
        <source>Sum of the totals (tax included) of the customer's approved, in-effect and fulfilled contracts.</source>
        <translation>Sum of the totals (tax included) of the customer's approved, in-effect and fulfilled contracts.</translation>
    </message>
    <message>
        <source>Sum of those contracts' amounts before tax.</source>
        <translation>Sum of those contracts' amounts before tax.</translation>
    </message>
    <message>
        <source>Sum of the approved payments on those contracts.</source>
        <translation>Sum of the approved payments on those contracts.</translation>
    </message>
    <message>
        <source>Approved contracts − received.</source>
        <translation>Approved contracts − received.</translation>
    </message>
    <message>
        <source>Sum of the invoices (tax included) on those contracts.</source>
        <translation>Sum of the invoices (tax included) on those contracts.</translation>
    </message>
    <message>
        <source>Sum of the approved expenses linked to the customer.</source>
        <translation>Sum of the approved expenses linked to the customer.</translation>
    </message>
    <message>
        <source>Sum over the contracts' lines of quantity × cost price (a product without a cost price counts 0). Shown only to positions that may see cost.</source>
        <translation>Sum over the contracts' lines of quantity × cost price (a product without a cost price counts 0). Shown only to positions that may see cost.</translation>
    </message>
    <message>
        <source>Revenue − product cost − allocated expenses. Shown only to positions that may see cost.</source>
        <translation>Revenue − product cost − allocated expenses. Shown only to positions that may see cost.</translation>
    </message>
    <message>
        <source>Follow-ups in the last 12 months ÷ 12.</source>
        <translation>Follow-ups in the last 12 months ÷ 12.</translation>
    </message>
    <message>
        <source>Days from the last follow-up to the analysis date.</source>
        <translation>Days from the last follow-up to the analysis date.</translation>
    </message>
    <message>
        <source>Sum of the totals of the contracts approved in the last 12 months.</source>
        <translation>Sum of the totals of the contracts approved in the last 12 months.</translation>
    </message>
    <message>
        <source>100 × (0.5 × punctuality + 0.3 × (1 − overdue share) + 0.2 × (1 − min(1, credit use))). Punctuality: the share of the amount due so far that was paid by its due date; overdue share: the share of the instalments due so far not paid in full by their due date; credit use: receivable ÷ credit limit. A ≥ 85, B ≥ 70, C ≥ 50, else D.</source>
        <translation>100 × (0.5 × punctuality + 0.3 × (1 − overdue share) + 0.2 × (1 − min(1, credit use))). Punctuality: the share of the amount due so far that was paid by its due date; overdue share: the share of the instalments due so far not paid in full by their due date; credit use: receivable ÷ credit limit. A ≥ 85, B ≥ 70, C ≥ 50, else D.</translation>
    </message>
    <message>
        <source>40 × min(1, follow-ups in 12 months ÷ 12) + 30 × max(0, 1 − days since contact ÷ 180) + 30 × min(1, approved contracts ÷ 3). Strategic ≥ 75, close ≥ 50, ordinary ≥ 25, else distant.</source>
        <translation>40 × min(1, follow-ups in 12 months ÷ 12) + 30 × max(0, 1 − days since contact ÷ 180) + 30 × min(1, approved contracts ÷ 3). Strategic ≥ 75, close ≥ 50, ordinary ≥ 25, else distant.</translation>
    </message>
    <message>
        <source>R: last contract approved ≤ 90 days ago 3, ≤ 180 days 2, else 1. F: contracts approved in 12 months ≥ 3: 3, ≥ 1: 2, else 1. M: purchasing power ≥ ¥1,000,000: 3, ≥ ¥100,000: 2, above 0: 1. Champion: R = 3 and F + M ≥ 5; loyal: R ≥ 2 and F + M ≥ 4; at risk: R = 1 and F + M ≥ 3; new or occasional: R ≥ 2; lapsed: the rest; never bought: no approved contract.</source>
        <translation>R: last contract approved ≤ 90 days ago 3, ≤ 180 days 2, else 1. F: contracts approved in 12 months ≥ 3: 3, ≥ 1: 2, else 1. M: purchasing power ≥ ¥1,000,000: 3, ≥ ¥100,000: 2, above 0: 1. Champion: R = 3 and F + M ≥ 5; loyal: R ≥ 2 and F + M ≥ 4; at risk: R = 1 and F + M ≥ 3; new or occasional: R ≥ 2; lapsed: the rest; never bought: no approved contract.</translation>
    </message>
    <message>
        <source>Customers by revenue, largest first: A while the revenue of the larger ones is under 80 % of the total you see, B under 95 %, else C.</source>
        <translation>Customers by revenue, largest first: A while the revenue of the larger ones is under 80 % of the total you see, B under 95 %, else C.</translation>
    </message>
    <message>
        <source>Approved contract amount</source>
        <translation>Approved contract amount</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <source>Allocated expenses</source>
        <translation>Allocated expenses</translation>
    </message>
    <message>
        <source>Product cost</source>
        <translation>Product cost</translation>
    </message>
    <message>
        <source>Profit contribution</source>
        <translation>Profit contribution</translation>
    </message>
    <message>
        <source>Follow-ups per month</source>
        <translation>Follow-ups per month</translation>
    </message>
    <message>
        <source>Days since contact</source>
        <translation>Days since contact</translation>
    </message>
    <message>
        <source>Purchasing power</source>
        <translation>Purchasing power</translation>
    </message>
    <message>
        <source>Credit rating</source>
        <translation>Credit rating</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>ABC class</source>
        <translation>ABC class</translation>
    </message>
    <message>
        <source>Receivable change</source>
        <translation>Receivable change</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Analysis</translation>
    </message>
</context>
<context>
    <name>CustomerEditor</name>
    <message>
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Keep editing</translation>
    </message>
    <message>
        <source>Open the existing customer</source>
        <translation>Open the existing customer</translation>
    </message>
    <message>
        <source>Create anyway</source>
        <translation>Create anyway</translation>
    </message>
    <message>
        <source>Go back and edit</source>
        <translation>Go back and edit</translation>
    </message>
    <message>
        <source>&amp;Basic information</source>
        <translation>&amp;Basic information</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Short na&amp;me:</source>
        <translation>Short na&amp;me:</translation>
    </message>
    <message>
        <source>So&amp;urce:</source>
        <translation>So&amp;urce:</translation>
    </message>
    <message>
        <source>e.g. 60000, 60,000 or 6.5万</source>
        <translation>e.g. 60000, 60,000 or 6.5万</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Owner:</translation>
    </message>
    <message>
        <source>A&amp;dd contact</source>
        <translation>A&amp;dd contact</translation>
    </message>
    <message>
        <source>Remo&amp;ve contact</source>
        <translation>Remo&amp;ve contact</translation>
    </message>
    <message>
        <source>Set as primar&amp;y</source>
        <translation>Set as primar&amp;y</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Level:</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>&amp;Industry:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <source>&amp;Credit limit:</source>
        <translation>&amp;Credit limit:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>No&amp;tes:</translation>
    </message>
    <message>
        <source>C&amp;ontacts</source>
        <translation>C&amp;ontacts</translation>
    </message>
    <message>
        <source>Someone else changed a contact meanwhile. Their version is shown under your edits; check the contacts and save again.</source>
        <translation>Someone else changed a contact meanwhile. Their version is shown under your edits; check the contacts and save again.</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>New customer</translation>
    </message>
    <message>
        <source>This customer was handed to someone else (or removed) and you can no longer see it. What you typed stays here so you can copy it; it cannot be saved.</source>
        <translation>This customer was handed to someone else (or removed) and you can no longer see it. What you typed stays here so you can copy it; it cannot be saved.</translation>
    </message>
    <message>
        <source>Level {level}</source>
        <translation>Level {level}</translation>
    </message>
    <message>
        <source>Credit limit {amount}</source>
        <translation>Credit limit {amount}</translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation> (archived)</translation>
    </message>
    <message>
        <source>Pool: {pool}</source>
        <translation>Pool: {pool}</translation>
    </message>
    <message>
        <source>Owner: {owner} · changed {when} by {who}</source>
        <translation>Owner: {owner} · changed {when} by {who}</translation>
    </message>
    <message>
        <source>Owner: {owner} · changed {when}</source>
        <translation>Owner: {owner} · changed {when}</translation>
    </message>
    <message>
        <source>Another customer already has this name or phone: {names}</source>
        <translation>Another customer already has this name or phone: {names}</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Save anyway</translation>
    </message>
    <message numerus="yes">
        <source>Saved without the duplicate check: too many checks were made. It is available again in about %n minute(s).</source>
        <translation>
            <numerusform>Saved without the duplicate check: too many checks were made. It is available again in about %n minute.</numerusform><numerusform>Saved without the duplicate check: too many checks were made. It is available again in about %n minutes.</numerusform></translation>
    </message>
    <message>
        <source>Not saved. Change the name or phone, or save anyway.</source>
        <translation>Not saved. Change the name or phone, or save anyway.</translation>
    </message>
    <message>
        <source>You can read this customer but not change it.</source>
        <translation>You can read this customer but not change it.</translation>
    </message>
    <message>
        <source>pool {pool}</source>
        <translation>pool {pool}</translation>
    </message>
    <message>
        <source>a customer held by {owner} ({unit})</source>
        <translation>a customer held by {owner} ({unit})</translation>
    </message>
    <message>
        <source>a customer in the pool {pool}</source>
        <translation>a customer in the pool {pool}</translation>
    </message>
    <message>
        <source>Someone else changed the same contact details meanwhile. The marked cells keep your value (theirs is in the cell's tooltip); save again to store yours.</source>
        <translation>Someone else changed the same contact details meanwhile. The marked cells keep your value (theirs is in the cell's tooltip); save again to store yours.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform><numerusform>and %n more</numerusform></translation>
    </message>
    <message>
        <source>This customer may already exist: {names}</source>
        <translation>This customer may already exist: {names}</translation>
    </message>
    <message>
        <source>{name} just changed this customer; showing the new version.</source>
        <translation>{name} just changed this customer; showing the new version.</translation>
    </message>
    <message>
        <source>Changed by someone else ({name}, {when}) — reload, or keep editing on top of their version?</source>
        <translation>Changed by someone else ({name}, {when}) — reload, or keep editing on top of their version?</translation>
    </message>
</context>
<context>
    <name>CustomerFields</name>
    <message>
        <source>Name</source>
        <comment>a contact person's name (姓名)</comment>
        <translation>Name</translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation>Primary contact</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Short name</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>Credit limit</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Last contact</translation>
    </message>
</context>
<context>
    <name>CustomerListPage</name>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>Search name, phone or contact…</source>
        <translation>Search name, phone or contact…</translation>
    </message>
    <message>
        <source>All I can see</source>
        <translation>All I can see</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mine</translation>
    </message>
    <message>
        <source>My team</source>
        <translation>My team</translation>
    </message>
    <message>
        <source>Any level</source>
        <translation>Any level</translation>
    </message>
    <message>
        <source>Level {level}</source>
        <translation>Level {level}</translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation>Any owner</translation>
    </message>
    <message>
        <source>Any unit</source>
        <translation>Any unit</translation>
    </message>
    <message>
        <source>Any industry</source>
        <translation>Any industry</translation>
    </message>
    <message>
        <source>Any region</source>
        <translation>Any region</translation>
    </message>
    <message>
        <source>Any source</source>
        <translation>Any source</translation>
    </message>
    <message>
        <source>No customers yet — press {key} to add one</source>
        <translation>No customers yet — press {key} to add one</translation>
    </message>
    <message>
        <source>Archive customers</source>
        <translation>Archive customers</translation>
    </message>
    <message>
        <source>Archived.</source>
        <translation>Archived.</translation>
    </message>
    <message>
        <source>Customer {name} was assigned to you.</source>
        <translation>Customer {name} was assigned to you.</translation>
    </message>
</context>
<context>
    <name>CustomerRecordsPage</name>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation><numerusform>%n customer</numerusform><numerusform>%n customers</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>at least %n customer(s)</source>
        <translation><numerusform>at least %n customer</numerusform><numerusform>at least %n customers</numerusform></translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>This part of the dashboard could not be shown. The details were written to the log file.</source>
        <translation>This part of the dashboard could not be shown. The details were written to the log file.</translation>
    </message>
    <message>
        <source>Nothing to show here for your position yet.</source>
        <translation>Nothing to show here for your position yet.</translation>
    </message>
    <message>
        <source>My open deals: %1</source>
        <translation>My open deals: %1</translation>
    </message>
    <message>
        <source>Receivable %1, of which overdue %2</source>
        <translation>Receivable %1, of which overdue %2</translation>
    </message>
    <message>
        <source>This part of the dashboard could not be shown: %1</source>
        <translation>This part of the dashboard could not be shown: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) due today</source>
        <translation><numerusform>%n follow-up due today</numerusform><numerusform>%n follow-ups due today</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n overdue follow-up(s)</source>
        <translation><numerusform>%n overdue follow-up</numerusform><numerusform>%n overdue follow-ups</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) closing this month · %1</source>
        <translation><numerusform>%n deal closing this month · %1</numerusform><numerusform>%n deals closing this month · %1</numerusform></translation>
    </message>
</context>
<context>
    <name>DealTeam</name>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Presales</source>
        <translation>Presales</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>Finance</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Read</translation>
    </message>
</context>
<context>
    <name>DocumentExport</name>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Export quote</source>
        <translation>Export quote</translation>
    </message>
    <message>
        <source>Export quote…</source>
        <translation>Export quote…</translation>
    </message>
    <message>
        <source>The deal's product lines as a quote, PDF or Excel</source>
        <translation>The deal's product lines as a quote, PDF or Excel</translation>
    </message>
    <message>
        <source>Quote saved to {path}</source>
        <translation>Quote saved to {path}</translation>
    </message>
</context>
<context>
    <name>ExpenseCategories</name>
    <message>
        <source>Chinese name</source>
        <translation>Chinese name</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>English name</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Deactivated</translation>
    </message>
    <message>
        <source>Activate categor&amp;y</source>
        <translation>Activate categor&amp;y</translation>
    </message>
    <message>
        <source>Deactivate categor&amp;y</source>
        <translation>Deactivate categor&amp;y</translation>
    </message>
    <message>
        <source>Renamed, on every expense that has it too.</source>
        <translation>Renamed, on every expense that has it too.</translation>
    </message>
    <message>
        <source>No longer offered; expenses that have it keep it.</source>
        <translation>No longer offered; expenses that have it keep it.</translation>
    </message>
    <message>
        <source>Expense categories</source>
        <translation>Expense categories</translation>
    </message>
    <message>
        <source>C&amp;ode (of a new category):</source>
        <translation>C&amp;ode (of a new category):</translation>
    </message>
    <message>
        <source>C&amp;hinese name:</source>
        <translation>C&amp;hinese name:</translation>
    </message>
    <message>
        <source>&amp;English name:</source>
        <translation>&amp;English name:</translation>
    </message>
    <message>
        <source>Rena&amp;me category</source>
        <translation>Rena&amp;me category</translation>
    </message>
    <message>
        <source>Add &amp;category</source>
        <translation>Add &amp;category</translation>
    </message>
</context>
<context>
    <name>ExpenseCosts</name>
    <message>
        <source>Approved expenses {total} ({count})</source>
        <translation>Approved expenses {total} ({count})</translation>
    </message>
    <message>
        <source>awaiting approval {total}</source>
        <translation>awaiting approval {total}</translation>
    </message>
    <message>
        <source>Expenses ({n})</source>
        <translation>Expenses ({n})</translation>
    </message>
</context>
<context>
    <name>ExpenseEditor</name>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>Ca&amp;tegory:</translation>
    </message>
    <message>
        <source>Am&amp;ount:</source>
        <translation>Am&amp;ount:</translation>
    </message>
    <message>
        <source>Custo&amp;mer:</source>
        <translation>Custo&amp;mer:</translation>
    </message>
    <message>
        <source>D&amp;eal:</source>
        <translation>D&amp;eal:</translation>
    </message>
    <message>
        <source>&amp;Receipt no.:</source>
        <translation>&amp;Receipt no.:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Submitted and approved expenses are kept as they are.</source>
        <translation>Submitted and approved expenses are kept as they are.</translation>
    </message>
</context>
<context>
    <name>ExpenseListPage</name>
    <message>
        <source>New expense</source>
        <translation>New expense</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation>Receipt no.</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Employee</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Any category</translation>
    </message>
    <message>
        <source>Search notes and receipt numbers…</source>
        <translation>Search notes and receipt numbers…</translation>
    </message>
    <message>
        <source>No expenses yet — press {key} to add one</source>
        <translation>No expenses yet — press {key} to add one</translation>
    </message>
    <message numerus="yes">
        <source>%n expense(s)</source>
        <translation><numerusform>%n expense</numerusform><numerusform>%n expenses</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>at least %n expense(s)</source>
        <translation><numerusform>at least %n expense</numerusform><numerusform>at least %n expenses</numerusform></translation>
    </message>
    <message>
        <source>Expense saved.</source>
        <translation>Expense saved.</translation>
    </message>
    <message>
        <source>Approved: no approval rule applies.</source>
        <translation>Approved: no approval rule applies.</translation>
    </message>
    <message>
        <source>Submitted for approval.</source>
        <translation>Submitted for approval.</translation>
    </message>
    <message>
        <source>Withdrawn: a draft again.</source>
        <translation>Withdrawn: a draft again.</translation>
    </message>
</context>
<context>
    <name>FollowupDialog</name>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>C&amp;ustomer:</translation>
    </message>
    <message>
        <source>Co&amp;ntact:</source>
        <translation>Co&amp;ntact:</translation>
    </message>
    <message>
        <source>&amp;Deal:</source>
        <translation>&amp;Deal:</translation>
    </message>
    <message>
        <source>T&amp;ime:</source>
        <translation>T&amp;ime:</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Summary:</translation>
    </message>
    <message>
        <source>Ou&amp;tcome:</source>
        <translation>Ou&amp;tcome:</translation>
    </message>
    <message>
        <source>Ne&amp;xt follow-up:</source>
        <translation>Ne&amp;xt follow-up:</translation>
    </message>
    <message>
        <source>S&amp;atisfaction:</source>
        <translation>S&amp;atisfaction:</translation>
    </message>
    <message>
        <source>Edit follow-up</source>
        <translation>Edit follow-up</translation>
    </message>
    <message>
        <source>Follow-up saved.</source>
        <translation>Follow-up saved.</translation>
    </message>
</context>
<context>
    <name>FollowupKinds</name>
    <message>
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>WeChat</translation>
    </message>
</context>
<context>
    <name>FollowupListPage</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Next follow-up</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <source>Search summaries…</source>
        <translation>Search summaries…</translation>
    </message>
    <message>
        <source>All follow-ups I see</source>
        <translation>All follow-ups I see</translation>
    </message>
    <message>
        <source>Logged by me</source>
        <translation>Logged by me</translation>
    </message>
    <message>
        <source>My team's follow-ups</source>
        <translation>My team's follow-ups</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Any type</translation>
    </message>
    <message>
        <source>No follow-ups yet — press Ctrl+Shift+F to log one</source>
        <translation>No follow-ups yet — press Ctrl+Shift+F to log one</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s)</source>
        <translation><numerusform>%n follow-up</numerusform><numerusform>%n follow-ups</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>at least %n follow-up(s)</source>
        <translation><numerusform>at least %n follow-up</numerusform><numerusform>at least %n follow-ups</numerusform></translation>
    </message>
</context>
<context>
    <name>Forecast</name>
    <message>
        <source>Pipeline</source>
        <comment>forecast category</comment>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Best case</source>
        <translation>Best case</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Omitted</source>
        <translation>Omitted</translation>
    </message>
</context>
<context>
    <name>ForecastPage</name>
    <message>
        <source>Adjusted amount</source>
        <translation>Adjusted amount</translation>
    </message>
    <message>
        <source>Kept beside the computed figure, with your name, the time and the note; earlier adjustments stay in the history.</source>
        <translation>Kept beside the computed figure, with your name, the time and the note; earlier adjustments stay in the history.</translation>
    </message>
    <message>
        <source>Adjust the forecast</source>
        <translation>Adjust the forecast</translation>
    </message>
    <message>
        <source>Forecast by month</source>
        <translation>Forecast by month</translation>
    </message>
    <message>
        <source>Forecast by month, weighted by the configured probability</source>
        <translation>Forecast by month, weighted by the configured probability</translation>
    </message>
    <message>
        <source>Forecast by month, weighted by the calibrated probability</source>
        <translation>Forecast by month, weighted by the calibrated probability</translation>
    </message>
    <message>
        <source>%1 entered</source>
        <translation>%1 entered</translation>
    </message>
    <message>
        <source>%1 entered · %2 went further</source>
        <translation>%1 entered · %2 went further</translation>
    </message>
    <message>
        <source>FY%1 Q%2</source>
        <translation>FY%1 Q%2</translation>
    </message>
    <message>
        <source>FY%1</source>
        <translation>FY%1</translation>
    </message>
    <message>
        <source>Me (%1)</source>
        <translation>Me (%1)</translation>
    </message>
    <message>
        <source>Node:</source>
        <translation>Node:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>Chart:</source>
        <translation>Chart:</translation>
    </message>
    <message>
        <source>Adjust…</source>
        <translation>Adjust…</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>Calibration</translation>
    </message>
    <message>
        <source>Calibrated probability: the share won of the deals that were in the stage and closed in the last 12 months, for the owner's team when it closed at least %1 of them, else for the whole company (at least %1), else the stage's configured probability.</source>
        <translation>Calibrated probability: the share won of the deals that were in the stage and closed in the last 12 months, for the owner's team when it closed at least %1 of them, else for the whole company (at least %1), else the stage's configured probability.</translation>
    </message>
    <message>
        <source>Weighted (configured)</source>
        <translation>Weighted (configured)</translation>
    </message>
    <message>
        <source>Weighted (calibrated)</source>
        <translation>Weighted (calibrated)</translation>
    </message>
    <message>
        <source>Open the forecast</source>
        <translation>Open the forecast</translation>
    </message>
    <message>
        <source>Open amount</source>
        <translation>Open amount</translation>
    </message>
    <message>
        <source>Closed won</source>
        <translation>Closed won</translation>
    </message>
    <message>
        <source>Number of deals</source>
        <translation>Number of deals</translation>
    </message>
    <message>
        <source>Adjusted</source>
        <translation>Adjusted</translation>
    </message>
    <message>
        <source>Adjusted by</source>
        <translation>Adjusted by</translation>
    </message>
    <message>
        <source>Deals now</source>
        <translation>Deals now</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Entered</translation>
    </message>
    <message>
        <source>Went further</source>
        <translation>Went further</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Conversion</translation>
    </message>
    <message>
        <source>Days in stage</source>
        <translation>Days in stage</translation>
    </message>
    <message>
        <source>Configured</source>
        <translation>Configured</translation>
    </message>
    <message>
        <source>Rate from</source>
        <translation>Rate from</translation>
    </message>
    <message>
        <source>The team's history</source>
        <translation>The team's history</translation>
    </message>
    <message>
        <source>The company's history</source>
        <translation>The company's history</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Won</translation>
    </message>
    <message>
        <source>Closed deals</source>
        <translation>Closed deals</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Win rate</translation>
    </message>
    <message>
        <source>Rate used</source>
        <translation>Rate used</translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message>
        <source> ({text})</source>
        <translation> ({text})</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Read and write</source>
        <translation>Read and write</translation>
    </message>
    <message>
        <source>Read only</source>
        <translation>Read only</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <source>Shared with</source>
        <translation>Shared with</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Access</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expires</translation>
    </message>
    <message>
        <source>Shared by</source>
        <translation>Shared by</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Pool of {unit}</source>
        <translation>Pool of {unit}</translation>
    </message>
    <message>
        <source>Claimed from the pool</source>
        <translation>Claimed from the pool</translation>
    </message>
    <message>
        <source>Converted from lead {lead}</source>
        <translation>Converted from lead {lead}</translation>
    </message>
    <message>
        <source>Converted to customer {customer}</source>
        <translation>Converted to customer {customer}</translation>
    </message>
    <message>
        <source>Converted to customer {customer} and deal {deal}</source>
        <translation>Converted to customer {customer} and deal {deal}</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Changed by</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
</context>
<context>
    <name>InvoiceDialog</name>
    <message>
        <source>&amp;Number</source>
        <translation>&amp;Number</translation>
    </message>
    <message>
        <source>&amp;Issued on</source>
        <translation>&amp;Issued on</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>&amp;Amount before tax</source>
        <translation>&amp;Amount before tax</translation>
    </message>
    <message>
        <source>Ta&amp;x</source>
        <translation>Ta&amp;x</translation>
    </message>
    <message>
        <source>Not&amp;e</source>
        <translation>Not&amp;e</translation>
    </message>
</context>
<context>
    <name>KanbanBoard</name>
    <message numerus="yes">
        <source>%n deal(s) · %1</source>
        <translation><numerusform>%n deal · %1</numerusform><numerusform>%n deals · %1</numerusform></translation>
    </message>
</context>
<context>
    <name>KindActions</name>
    <message>
        <source>{title} added.</source>
        <translation>{title} added.</translation>
    </message>
    <message numerus="yes">
        <source>Archive %n {nouns}? Nothing is deleted.</source>
        <translation><numerusform>Archive %n {noun}? Nothing is deleted.</numerusform><numerusform>Archive %n {nouns}? Nothing is deleted.</numerusform></translation>
    </message>
    <message>
        <source>Archive {nouns}</source>
        <translation>Archive {nouns}</translation>
    </message>
</context>
<context>
    <name>KindEditor</name>
    <message>
        <source>New {noun}</source>
        <translation>New {noun}</translation>
    </message>
    <message>
        <source>You can read this {noun} but not change it.</source>
        <translation>You can read this {noun} but not change it.</translation>
    </message>
</context>
<context>
    <name>KindScreen</name>
    <message>
        <source>Shared with me</source>
        <translation>Shared with me</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>Search…</translation>
    </message>
</context>
<context>
    <name>LeadActions</name>
    <message>
        <source>Convert…</source>
        <translation>Convert…</translation>
    </message>
    <message>
        <source>Disqualify…</source>
        <translation>Disqualify…</translation>
    </message>
    <message>
        <source>Lead converted</source>
        <translation>Lead converted</translation>
    </message>
    <message>
        <source>{name} is converted.</source>
        <translation>{name} is converted.</translation>
    </message>
    <message>
        <source>Open the &amp;customer</source>
        <translation>Open the &amp;customer</translation>
    </message>
    <message>
        <source>Open the &amp;deal</source>
        <translation>Open the &amp;deal</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Why are these %n leads not prospects?</source>
        <translation><numerusform>&amp;Why is this %n lead not a prospect?</numerusform><numerusform>&amp;Why are these %n leads not prospects?</numerusform></translation>
    </message>
    <message>
        <source>Disqualify leads</source>
        <translation>Disqualify leads</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) disqualified.</source>
        <translation><numerusform>%n lead disqualified.</numerusform><numerusform>%n leads disqualified.</numerusform></translation>
    </message>
    <message>
        <source>&amp;Why is {name} not a prospect?</source>
        <translation>&amp;Why is {name} not a prospect?</translation>
    </message>
</context>
<context>
    <name>LeadConvert</name>
    <message>
        <source>Convert lead</source>
        <translation>Convert lead</translation>
    </message>
    <message>
        <source>Customer &amp;name:</source>
        <translation>Customer &amp;name:</translation>
    </message>
    <message>
        <source>Customer p&amp;hone:</source>
        <translation>Customer p&amp;hone:</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>&amp;Contact:</translation>
    </message>
    <message>
        <source>Contact &amp;mobile:</source>
        <translation>Contact &amp;mobile:</translation>
    </message>
    <message>
        <source>&amp;Existing customers with this name or phone:</source>
        <translation>&amp;Existing customers with this name or phone:</translation>
    </message>
    <message>
        <source>&amp;Link to the selected customer</source>
        <translation>&amp;Link to the selected customer</translation>
    </message>
    <message>
        <source>Also create an &amp;opportunity</source>
        <translation>Also create an &amp;opportunity</translation>
    </message>
    <message>
        <source>Deal &amp;title:</source>
        <translation>Deal &amp;title:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Amount:</translation>
    </message>
    <message>
        <source>E&amp;xpected close:</source>
        <translation>E&amp;xpected close:</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>&amp;Stage:</translation>
    </message>
</context>
<context>
    <name>LeadConvertDialog</name>
    <message>
        <source>Lead {name} becomes a customer of yours with its contact.</source>
        <translation>Lead {name} becomes a customer of yours with its contact.</translation>
    </message>
    <message>
        <source>Con&amp;vert</source>
        <translation>Con&amp;vert</translation>
    </message>
    <message>
        <source>This customer may already exist: link it, or change the name or phone.</source>
        <translation>This customer may already exist: link it, or change the name or phone.</translation>
    </message>
    <message>
        <source>A customer with this name or phone is held by someone else: change the name or phone.</source>
        <translation>A customer with this name or phone is held by someone else: change the name or phone.</translation>
    </message>
    <message>
        <source>The lead will be linked to {name}; no new customer is made.</source>
        <translation>The lead will be linked to {name}; no new customer is made.</translation>
    </message>
</context>
<context>
    <name>LeadEditor</name>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Company:</translation>
    </message>
    <message>
        <source>Contact &amp;person:</source>
        <translation>Contact &amp;person:</translation>
    </message>
    <message>
        <source>&amp;Telephone:</source>
        <translation>&amp;Telephone:</translation>
    </message>
    <message>
        <source>&amp;Mobile:</source>
        <translation>&amp;Mobile:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>Lead so&amp;urce:</source>
        <translation>Lead so&amp;urce:</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>St&amp;atus:</translation>
    </message>
    <message>
        <source>&amp;Reason disqualified:</source>
        <translation>&amp;Reason disqualified:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>a customer out of your sight</source>
        <translation>a customer out of your sight</translation>
    </message>
    <message>
        <source>Converted to {customer} on {when} by {who}; kept as it was.</source>
        <translation>Converted to {customer} on {when} by {who}; kept as it was.</translation>
    </message>
</context>
<context>
    <name>LeadModels</name>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Created on</source>
        <translation>Created on</translation>
    </message>
</context>
<context>
    <name>LeadPoolPage</name>
    <message>
        <source>The lead pool is empty — leads released by their owners appear here</source>
        <translation>The lead pool is empty — leads released by their owners appear here</translation>
    </message>
</context>
<context>
    <name>LeadRecordsPage</name>
    <message>
        <source>Search company, contact or phone…</source>
        <translation>Search company, contact or phone…</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s)</source>
        <translation><numerusform>%n lead</numerusform><numerusform>%n leads</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>at least %n lead(s)</source>
        <translation><numerusform>at least %n lead</numerusform><numerusform>at least %n leads</numerusform></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <source>No leads yet — press {key} to add one</source>
        <translation>No leads yet — press {key} to add one</translation>
    </message>
</context>
<context>
    <name>LeadStatus</name>
    <message>
        <source>New</source>
        <comment>lead status</comment>
        <translation>New</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Contacted</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Qualified</translation>
    </message>
    <message>
        <source>Disqualified</source>
        <translation>Disqualified</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Converted</translation>
    </message>
</context>
<context>
    <name>ListExport</name>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Export the list</source>
        <translation>Export the list</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to {file}…</source>
        <translation><numerusform>%n row written to {file}…</numerusform><numerusform>%n rows written to {file}…</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) exported to {path}</source>
        <translation><numerusform>%n row exported to {path}</numerusform><numerusform>%n rows exported to {path}</numerusform></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in to salesdesk</source>
        <translation>Sign in to salesdesk</translation>
    </message>
    <message>
        <source>salesdesk</source>
        <translation>salesdesk</translation>
    </message>
    <message>
        <source>Sign in with your company account.</source>
        <translation>Sign in with your company account.</translation>
    </message>
    <message>
        <source>&amp;Connection:</source>
        <translation>&amp;Connection:</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Add, change or remove connection profiles</source>
        <translation>Add, change or remove connection profiles</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>your login name</source>
        <translation>your login name</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Remember password</source>
        <translation>&amp;Remember password</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>The password is kept in the system's password store (keyring).</source>
        <translation>The password is kept in the system's password store (keyring).</translation>
    </message>
    <message>
        <source>Please create a connection profile first.</source>
        <translation>Please create a connection profile first.</translation>
    </message>
    <message>
        <source>Please enter your login name and password.</source>
        <translation>Please enter your login name and password.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Signing in…</translation>
    </message>
    <message>
        <source>Please choose your own password to continue: the password from IT is for the first sign-in only.</source>
        <translation>Please choose your own password to continue: the password from IT is for the first sign-in only.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>salesdesk — {name}</source>
        <translation>salesdesk — {name}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Sign out / s&amp;witch user…</source>
        <translation>Sign out / s&amp;witch user…</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>Change &amp;password…</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <source>&amp;Log follow-up…</source>
        <translation>&amp;Log follow-up…</translation>
    </message>
    <message>
        <source>&amp;About salesdesk</source>
        <translation>&amp;About salesdesk</translation>
    </message>
    <message>
        <source>A customer was shared with you.</source>
        <translation>A customer was shared with you.</translation>
    </message>
    <message>
        <source>A record was shared with you.</source>
        <translation>A record was shared with you.</translation>
    </message>
    <message>
        <source>Your password was changed; the remembered password was updated too.</source>
        <translation>Your password was changed; the remembered password was updated too.</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Your password was changed.</translation>
    </message>
    <message>
        <source>Some changes have not been saved yet. Close salesdesk anyway and lose them?</source>
        <translation>Some changes have not been saved yet. Close salesdesk anyway and lose them?</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>The payment plan adds up to {planned}, not the contract total {total}: {gap} is left to plan. Edit the plan to match.</source>
        <translation>The payment plan adds up to {planned}, not the contract total {total}: {gap} is left to plan. Edit the plan to match.</translation>
    </message>
    <message>
        <source>The payment plan adds up to {planned}, more than the contract total {total} by {gap}. Edit the plan to match.</source>
        <translation>The payment plan adds up to {planned}, more than the contract total {total} by {gap}. Edit the plan to match.</translation>
    </message>
    <message>
        <source>Total {total} · received {received} · waiting for approval {pending} · receivable {receivable} · invoiced {invoiced} · not invoiced {uninvoiced}</source>
        <translation>Total {total} · received {received} · waiting for approval {pending} · receivable {receivable} · invoiced {invoiced} · not invoiced {uninvoiced}</translation>
    </message>
    <message>
        <source>{contract} · {customer} · total {total}</source>
        <translation>{contract} · {customer} · total {total}</translation>
    </message>
    <message>
        <source>The payment waits for approval.</source>
        <translation>The payment waits for approval.</translation>
    </message>
    <message>
        <source>Edit p&amp;lan…</source>
        <translation>Edit p&amp;lan…</translation>
    </message>
    <message>
        <source>Record &amp;payment…</source>
        <translation>Record &amp;payment…</translation>
    </message>
    <message>
        <source>Record &amp;invoice…</source>
        <translation>Record &amp;invoice…</translation>
    </message>
    <message>
        <source>Payment plan ({n})</source>
        <translation>Payment plan ({n})</translation>
    </message>
    <message>
        <source>Payments ({n})</source>
        <translation>Payments ({n})</translation>
    </message>
    <message>
        <source>Invoices ({n})</source>
        <translation>Invoices ({n})</translation>
    </message>
    <message>
        <source>Contracts total {total} · receivable {receivable}</source>
        <translation>Contracts total {total} · receivable {receivable}</translation>
    </message>
    <message>
        <source>Received {received} · waiting for approval {pending}</source>
        <translation>Received {received} · waiting for approval {pending}</translation>
    </message>
    <message>
        <source>Invoiced {invoiced} · not invoiced {uninvoiced}</source>
        <translation>Invoiced {invoiced} · not invoiced {uninvoiced}</translation>
    </message>
    <message>
        <source>Contracts ({n})</source>
        <translation>Contracts ({n})</translation>
    </message>
    <message>
        <source>Payment received {amount}</source>
        <translation>Payment received {amount}</translation>
    </message>
    <message>
        <source>Invoice issued {amount}</source>
        <translation>Invoice issued {amount}</translation>
    </message>
    <message>
        <source>Record payment</source>
        <translation>Record payment</translation>
    </message>
    <message>
        <source>Record invoice</source>
        <translation>Record invoice</translation>
    </message>
    <message>
        <source>Payment plan</source>
        <translation>Payment plan</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Due on</translation>
    </message>
    <message>
        <source>Planned {planned} of {total}</source>
        <translation>Planned {planned} of {total}</translation>
    </message>
    <message>
        <source>Instalment {n}: {problem}</source>
        <translation>Instalment {n}: {problem}</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Bank transfer</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <source>Cheque</source>
        <translation>Cheque</translation>
    </message>
    <message>
        <source>Acceptance bill</source>
        <translation>Acceptance bill</translation>
    </message>
    <message>
        <source>Ordinary invoice</source>
        <translation>Ordinary invoice</translation>
    </message>
    <message>
        <source>VAT special invoice</source>
        <translation>VAT special invoice</translation>
    </message>
    <message>
        <source>Not due</source>
        <translation>Not due</translation>
    </message>
    <message>
        <source>1–30 days</source>
        <translation>1–30 days</translation>
    </message>
    <message>
        <source>31–60 days</source>
        <translation>31–60 days</translation>
    </message>
    <message>
        <source>61–90 days</source>
        <translation>61–90 days</translation>
    </message>
    <message>
        <source>Over 90 days</source>
        <translation>Over 90 days</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Contract count</source>
        <translation>Contract count</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Not planned</source>
        <translation>Not planned</translation>
    </message>
    <message>
        <source>Receivable</source>
        <translation>Receivable</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Unpaid</source>
        <translation>Unpaid</translation>
    </message>
    <message>
        <source>Ageing</source>
        <translation>Ageing</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Received on</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>Invoice number</translation>
    </message>
    <message>
        <source>Invoice type</source>
        <translation>Invoice type</translation>
    </message>
    <message>
        <source>Before tax</source>
        <translation>Before tax</translation>
    </message>
    <message>
        <source>Tax amount</source>
        <translation>Tax amount</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Contract number</source>
        <translation>Contract number</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Invoiced</translation>
    </message>
    <message>
        <source>Not invoiced</source>
        <translation>Not invoiced</translation>
    </message>
    <message>
        <source>Where I stand</source>
        <translation>Where I stand</translation>
    </message>
    <message>
        <source>The {shown} customers with the largest receivables of {all} (more as you scroll down); the totals row counts them all, and Export… writes them all.</source>
        <translation>The {shown} customers with the largest receivables of {all} (more as you scroll down); the totals row counts them all, and Export… writes them all.</translation>
    </message>
    <message>
        <source>The {shown} people with the largest receivables of {all} (more as you scroll down); the totals row counts them all, and Export… writes them all.</source>
        <translation>The {shown} people with the largest receivables of {all} (more as you scroll down); the totals row counts them all, and Export… writes them all.</translation>
    </message>
    <message>
        <source>{unit}: press Enter or double-click to open it</source>
        <translation>{unit}: press Enter or double-click to open it</translation>
    </message>
    <message>
        <source>{total}: choose a row above to list its contracts</source>
        <translation>{total}: choose a row above to list its contracts</translation>
    </message>
    <message>
        <source>Gro&amp;up by</source>
        <translation>Gro&amp;up by</translation>
    </message>
    <message>
        <source>&amp;As of</source>
        <translation>&amp;As of</translation>
    </message>
    <message>
        <source>Up &amp;one level</source>
        <translation>Up &amp;one level</translation>
    </message>
    <message>
        <source>Back to the unit above (Alt+Up)</source>
        <translation>Back to the unit above (Alt+Up)</translation>
    </message>
</context>
<context>
    <name>MoneyListPage</name>
    <message>
        <source>F&amp;rom</source>
        <translation>F&amp;rom</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;To</translation>
    </message>
    <message>
        <source>any date</source>
        <translation>any date</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s)</source>
        <translation><numerusform>%n payment</numerusform><numerusform>%n payments</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>at least %n payment(s)</source>
        <translation><numerusform>at least %n payment</numerusform><numerusform>at least %n payments</numerusform></translation>
    </message>
    <message>
        <source>No payments — they are recorded on an approved contract's money tab</source>
        <translation>No payments — they are recorded on an approved contract's money tab</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s)</source>
        <translation><numerusform>%n invoice</numerusform><numerusform>%n invoices</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>at least %n invoice(s)</source>
        <translation><numerusform>at least %n invoice</numerusform><numerusform>at least %n invoices</numerusform></translation>
    </message>
    <message>
        <source>No invoices — they are recorded on an approved contract's money tab</source>
        <translation>No invoices — they are recorded on an approved contract's money tab</translation>
    </message>
</context>
<context>
    <name>MonthClosePage</name>
    <message>
        <source>Closed on {when} by {who}</source>
        <translation>Closed on {when} by {who}</translation>
    </message>
    <message>
        <source>Preliminary: not closed</source>
        <translation>Preliminary: not closed</translation>
    </message>
    <message>
        <source>Close month</source>
        <translation>Close month</translation>
    </message>
    <message>
        <source>Close {month} for {node}? Its figures are frozen; later corrections appear as adjustments.</source>
        <translation>Close {month} for {node}? Its figures are frozen; later corrections appear as adjustments.</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Export report</translation>
    </message>
    <message>
        <source>E&amp;xport report…</source>
        <translation>E&amp;xport report…</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Saved {path}</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Key figures</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>&amp;Scope:</translation>
    </message>
    <message>
        <source>M&amp;onth:</source>
        <translation>M&amp;onth:</translation>
    </message>
    <message>
        <source>&amp;Close month…</source>
        <translation>&amp;Close month…</translation>
    </message>
</context>
<context>
    <name>OpportunityEditor</name>
    <message>
        <source>&amp;Deal</source>
        <translation>&amp;Deal</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Customer:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>St&amp;age:</source>
        <translation>St&amp;age:</translation>
    </message>
    <message>
        <source>&amp;Probability:</source>
        <translation>&amp;Probability:</translation>
    </message>
    <message>
        <source>Forecast:</source>
        <translation>Forecast:</translation>
    </message>
    <message>
        <source>Amo&amp;unt:</source>
        <translation>Amo&amp;unt:</translation>
    </message>
    <message>
        <source>Expected c&amp;lose:</source>
        <translation>Expected c&amp;lose:</translation>
    </message>
    <message>
        <source>Sou&amp;rce:</source>
        <translation>Sou&amp;rce:</translation>
    </message>
    <message>
        <source>C&amp;ompetitors:</source>
        <translation>C&amp;ompetitors:</translation>
    </message>
    <message>
        <source>Ne&amp;xt step:</source>
        <translation>Ne&amp;xt step:</translation>
    </message>
    <message>
        <source>&amp;Won/lost reason:</source>
        <translation>&amp;Won/lost reason:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>Product l&amp;ines</source>
        <translation>Product l&amp;ines</translation>
    </message>
    <message>
        <source>Deal tea&amp;m</source>
        <translation>Deal tea&amp;m</translation>
    </message>
    <message>
        <source>Stage histor&amp;y</source>
        <translation>Stage histor&amp;y</translation>
    </message>
    <message>
        <source>From stage</source>
        <translation>From stage</translation>
    </message>
    <message>
        <source>To stage</source>
        <translation>To stage</translation>
    </message>
    <message>
        <source>Total {amount}</source>
        <translation>Total {amount}</translation>
    </message>
    <message>
        <source>Credit total {total}: it must be exactly 100%</source>
        <translation>Credit total {total}: it must be exactly 100%</translation>
    </message>
    <message>
        <source>Credit total {total}</source>
        <translation>Credit total {total}</translation>
    </message>
    <message>
        <source>You can read this deal but not change it.</source>
        <translation>You can read this deal but not change it.</translation>
    </message>
    <message>
        <source>New contract…</source>
        <translation>New contract…</translation>
    </message>
    <message>
        <source>Owner: {owner}</source>
        <translation>Owner: {owner}</translation>
    </message>
    <message>
        <source>Follow-ups (%1)</source>
        <translation>Follow-ups (%1)</translation>
    </message>
    <message>
        <source>Add a product:</source>
        <translation>Add a product:</translation>
    </message>
    <message>
        <source>Add a member:</source>
        <translation>Add a member:</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Remove line</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Remove member</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <source>Discount %</source>
        <translation>Discount %</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Credit %</source>
        <translation>Credit %</translation>
    </message>
    <message>
        <source>Overlay credit %</source>
        <translation>Overlay credit %</translation>
    </message>
    <message>
        <source>You were taken off this deal's team and can no longer see it. What you typed stays here to copy; it cannot be saved.</source>
        <translation>You were taken off this deal's team and can no longer see it. What you typed stays here to copy; it cannot be saved.</translation>
    </message>
</context>
<context>
    <name>OpportunityListPage</name>
    <message>
        <source>New deal</source>
        <translation>New deal</translation>
    </message>
    <message>
        <source>Any stage</source>
        <translation>Any stage</translation>
    </message>
    <message>
        <source>Search title or customer…</source>
        <translation>Search title or customer…</translation>
    </message>
    <message>
        <source>Any forecast</source>
        <translation>Any forecast</translation>
    </message>
    <message>
        <source>No deals yet — press {key} to add one</source>
        <translation>No deals yet — press {key} to add one</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s)</source>
        <translation><numerusform>%n deal</numerusform><numerusform>%n deals</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>at least %n deal(s)</source>
        <translation><numerusform>at least %n deal</numerusform><numerusform>at least %n deals</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Archive %n deal(s)? Nothing is deleted.</source>
        <translation><numerusform>Archive %n deal? Nothing is deleted.</numerusform><numerusform>Archive %n deals? Nothing is deleted.</numerusform></translation>
    </message>
    <message>
        <source>Archive deals</source>
        <translation>Archive deals</translation>
    </message>
</context>
<context>
    <name>OpportunityModels</name>
    <message>
        <source>Title</source>
        <comment>a deal's title, not a job title</comment>
        <translation>Title</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Forecast</translation>
    </message>
</context>
<context>
    <name>OrgPage</name>
    <message>
        <source>Show customers</source>
        <translation>Show customers</translation>
    </message>
    <message>
        <source>Your team as far as your scope reaches. Double-click a person to see their customers.</source>
        <translation>Your team as far as your scope reaches. Double-click a person to see their customers.</translation>
    </message>
    <message>
        <source>Search people, positions or units…</source>
        <translation>Search people, positions or units…</translation>
    </message>
    <message>
        <source>Nobody is in your scope yet.</source>
        <translation>Nobody is in your scope yet.</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform><numerusform>%n people</numerusform></translation>
    </message>
</context>
<context>
    <name>OrgView</name>
    <message>
        <source>Unit / person</source>
        <translation>Unit / person</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Received &amp;on</source>
        <translation>Received &amp;on</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Amount</translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation>&amp;Method</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>&amp;Reference</translation>
    </message>
    <message>
        <source>No&amp;te</source>
        <translation>No&amp;te</translation>
    </message>
</context>
<context>
    <name>PaymentPlanDialog</name>
    <message>
        <source>&amp;Add instalment</source>
        <translation>&amp;Add instalment</translation>
    </message>
    <message>
        <source>&amp;Remove instalment</source>
        <translation>&amp;Remove instalment</translation>
    </message>
</context>
<context>
    <name>Performance</name>
    <message>
        <source>no target</source>
        <translation>no target</translation>
    </message>
    <message>
        <source>{actual} (no target)</source>
        <translation>{actual} (no target)</translation>
    </message>
    <message>
        <source>{actual} of {target} ({percent})</source>
        <translation>{actual} of {target} ({percent})</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>Overlay</source>
        <translation>Overlay</translation>
    </message>
    <message>
        <source>Attained</source>
        <translation>Attained</translation>
    </message>
    <message>
        <source>{name}: {result}</source>
        <translation>{name}: {result}</translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation>&amp;Up</translation>
    </message>
    <message>
        <source>This month: {summary}</source>
        <translation>This month: {summary}</translation>
    </message>
    <message>
        <source>This fiscal year: {summary}</source>
        <translation>This fiscal year: {summary}</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>New customers</translation>
    </message>
    <message>
        <source>Leads converted</source>
        <translation>Leads converted</translation>
    </message>
    <message>
        <source>New deals</source>
        <translation>New deals</translation>
    </message>
    <message>
        <source>Approved contracts</source>
        <translation>Approved contracts</translation>
    </message>
    <message>
        <source>Contract amount</source>
        <translation>Contract amount</translation>
    </message>
    <message>
        <source>Payments received</source>
        <translation>Payments received</translation>
    </message>
    <message>
        <source>Follow-ups logged</source>
        <translation>Follow-ups logged</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>Deal credit</source>
        <translation>Deal credit</translation>
    </message>
    <message>
        <source>Salespeople</source>
        <translation>Salespeople</translation>
    </message>
    <message>
        <source>Supervisors</source>
        <translation>Supervisors</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>This period</translation>
    </message>
    <message>
        <source>Period before</source>
        <translation>Period before</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>A year earlier</source>
        <translation>A year earlier</translation>
    </message>
    <message>
        <source>Year on year</source>
        <translation>Year on year</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Points by indicator</source>
        <translation>Points by indicator</translation>
    </message>
    <message>
        <source>Edit weights…</source>
        <translation>Edit weights…</translation>
    </message>
    <message>
        <source>Sales briefing</source>
        <translation>Sales briefing</translation>
    </message>
    <message>
        <source>Scorecards</source>
        <translation>Scorecards</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Fiscal year {year}</source>
        <translation>Fiscal year {year}</translation>
    </message>
    <message>
        <source>Quarter {n}</source>
        <translation>Quarter {n}</translation>
    </message>
    <message>
        <source>Ye&amp;ar:</source>
        <translation>Ye&amp;ar:</translation>
    </message>
    <message>
        <source>Pe&amp;riod:</source>
        <translation>Pe&amp;riod:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>&amp;Rank:</source>
        <translation>&amp;Rank:</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>Scorecard weights</source>
        <translation>Scorecard weights</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>Monthly goal</source>
        <translation>Monthly goal</translation>
    </message>
    <message>
        <source>Weights: {total} of 100</source>
        <translation>Weights: {total} of 100</translation>
    </message>
    <message>
        <source>A monthly goal is a number above 0.</source>
        <translation>A monthly goal is a number above 0.</translation>
    </message>
</context>
<context>
    <name>PicklistPage</name>
    <message>
        <source>Picklists</source>
        <translation>Picklists</translation>
    </message>
    <message>
        <source>The values a customer's industry, source and region are chosen from, for the whole company. A deactivated value is no longer offered but stays on the customers that have it; a new name reaches every customer that has the value.</source>
        <translation>The values a customer's industry, source and region are chosen from, for the whole company. A deactivated value is no longer offered but stays on the customers that have it; a new name reaches every customer that has the value.</translation>
    </message>
    <message>
        <source>&amp;List:</source>
        <translation>&amp;List:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Rename</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deactivate</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Move do&amp;wn</translation>
    </message>
    <message>
        <source>{name} (deactivated)</source>
        <translation>{name} (deactivated)</translation>
    </message>
    <message>
        <source>Ac&amp;tivate</source>
        <translation>Ac&amp;tivate</translation>
    </message>
    <message>
        <source>Added.</source>
        <translation>Added.</translation>
    </message>
    <message>
        <source>Renamed, on every customer that has it too.</source>
        <translation>Renamed, on every customer that has it too.</translation>
    </message>
    <message>
        <source>Offered again.</source>
        <translation>Offered again.</translation>
    </message>
    <message>
        <source>No longer offered; customers that have it keep it.</source>
        <translation>No longer offered; customers that have it keep it.</translation>
    </message>
</context>
<context>
    <name>PipelinePage</name>
    <message>
        <source>Move %1</source>
        <translation>Move %1</translation>
    </message>
    <message>
        <source>My deals</source>
        <translation>My deals</translation>
    </message>
    <message>
        <source>My team's</source>
        <translation>My team's</translation>
    </message>
    <message>
        <source>Search deals (title, customer)</source>
        <translation>Search deals (title, customer)</translation>
    </message>
    <message>
        <source>Pipeline %1 · weighted %2</source>
        <translation>Pipeline %1 · weighted %2</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Funnel</translation>
    </message>
    <message>
        <source>Show or hide the funnel of the stages' totals</source>
        <translation>Show or hide the funnel of the stages' totals</translation>
    </message>
    <message>
        <source>Funnel by stage</source>
        <translation>Funnel by stage</translation>
    </message>
    <message>
        <source>The chart could not be shown: %1</source>
        <translation>The chart could not be shown: %1</translation>
    </message>
</context>
<context>
    <name>PoolPage</name>
    <message>
        <source>All my pools</source>
        <translation>All my pools</translation>
    </message>
    <message>
        <source>The pool is empty — customers released by their owners appear here</source>
        <translation>The pool is empty — customers released by their owners appear here</translation>
    </message>
</context>
<context>
    <name>ProductEditor</name>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Code</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Cat&amp;egory</source>
        <translation>Cat&amp;egory</translation>
    </message>
    <message>
        <source>S&amp;pecification</source>
        <translation>S&amp;pecification</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>&amp;Unit</translation>
    </message>
    <message>
        <source>&amp;List price</source>
        <translation>&amp;List price</translation>
    </message>
    <message>
        <source>C&amp;ost price</source>
        <translation>C&amp;ost price</translation>
    </message>
    <message>
        <source>&amp;Tax rate (%)</source>
        <translation>&amp;Tax rate (%)</translation>
    </message>
    <message>
        <source>Acti&amp;ve (offered for new deals)</source>
        <translation>Acti&amp;ve (offered for new deals)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>New product</translation>
    </message>
</context>
<context>
    <name>ProductListPage</name>
    <message>
        <source>Search code, name or pinyin initials…</source>
        <translation>Search code, name or pinyin initials…</translation>
    </message>
    <message>
        <source>Active products</source>
        <translation>Active products</translation>
    </message>
    <message>
        <source>All products</source>
        <translation>All products</translation>
    </message>
    <message>
        <source>Inactive products</source>
        <translation>Inactive products</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>No products yet — press Ctrl+N to add one</source>
        <translation>No products yet — press Ctrl+N to add one</translation>
    </message>
    <message>
        <source>No products yet</source>
        <translation>No products yet</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation><numerusform>%n product</numerusform><numerusform>%n products</numerusform></translation>
    </message>
</context>
<context>
    <name>ProductModels</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>Specification</translation>
    </message>
    <message>
        <source>List price</source>
        <translation>List price</translation>
    </message>
    <message>
        <source>Cost price</source>
        <translation>Cost price</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Margin</translation>
    </message>
    <message>
        <source>Tax rate</source>
        <translation>Tax rate</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <source>Connection profiles</source>
        <translation>Connection profiles</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>host name or IP address</source>
        <translation>host name or IP address</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>&amp;TLS mode:</source>
        <translation>&amp;TLS mode:</translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation>&amp;CA certificate:</translation>
    </message>
    <message>
        <source>root certificate file (.crt / .pem)</source>
        <translation>root certificate file (.crt / .pem)</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>New connection</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA certificate</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation>Certificates (*.crt *.pem *.cer);;All files (*)</translation>
    </message>
    <message>
        <source>Encrypted, and the server's certificate and name are checked against the CA certificate. Recommended over a WAN.</source>
        <translation>Encrypted, and the server's certificate and name are checked against the CA certificate. Recommended over a WAN.</translation>
    </message>
    <message>
        <source>Encrypted; the certificate is checked, the server name is not.</source>
        <translation>Encrypted; the certificate is checked, the server name is not.</translation>
    </message>
    <message>
        <source>Encrypted, but the server's identity is not checked.</source>
        <translation>Encrypted, but the server's identity is not checked.</translation>
    </message>
    <message>
        <source>Not encrypted. Use only on this computer or a trusted network.</source>
        <translation>Not encrypted. Use only on this computer or a trusted network.</translation>
    </message>
    <message>
        <source>Encrypted when the server offers it.</source>
        <translation>Encrypted when the server offers it.</translation>
    </message>
</context>
<context>
    <name>QuoteActions</name>
    <message>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>Revise</source>
        <translation>Revise</translation>
    </message>
    <message>
        <source>Accept → contract</source>
        <translation>Accept → contract</translation>
    </message>
    <message>
        <source>Mark declined</source>
        <translation>Mark declined</translation>
    </message>
    <message>
        <source>{number} is sent.</source>
        <translation>{number} is sent.</translation>
    </message>
    <message>
        <source>{number}: the discount went for approval; send it once approved.</source>
        <translation>{number}: the discount went for approval; send it once approved.</translation>
    </message>
    <message>
        <source>{number}: a new version is a draft.</source>
        <translation>{number}: a new version is a draft.</translation>
    </message>
    <message>
        <source>{number} is accepted: a draft contract is made.</source>
        <translation>{number} is accepted: a draft contract is made.</translation>
    </message>
    <message>
        <source>New quote</source>
        <translation>New quote</translation>
    </message>
    <message>
        <source>A draft quote from the deal's saved product lines</source>
        <translation>A draft quote from the deal's saved product lines</translation>
    </message>
</context>
<context>
    <name>QuoteEditor</name>
    <message>
        <source>Quote</source>
        <translation>Quote</translation>
    </message>
    <message>
        <source>&amp;Valid until:</source>
        <translation>&amp;Valid until:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>Before tax {amount} · tax {tax} · total {total}</source>
        <translation>Before tax {amount} · tax {tax} · total {total}</translation>
    </message>
    <message>
        <source>Versions: {versions}</source>
        <translation>Versions: {versions}</translation>
    </message>
</context>
<context>
    <name>QuoteListPage</name>
    <message numerus="yes">
        <source>%n quote(s)</source>
        <translation><numerusform>%n quote</numerusform><numerusform>%n quotes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>at least %n quote(s)</source>
        <translation><numerusform>at least %n quote</numerusform><numerusform>at least %n quotes</numerusform></translation>
    </message>
    <message>
        <source>Search number or title…</source>
        <translation>Search number or title…</translation>
    </message>
    <message>
        <source>No quotes yet — make one from a deal</source>
        <translation>No quotes yet — make one from a deal</translation>
    </message>
    <message>
        <source>{status} (discount awaiting approval)</source>
        <translation>{status} (discount awaiting approval)</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <source>Reassign {nouns}</source>
        <translation>Reassign {nouns}</translation>
    </message>
    <message numerus="yes">
        <source>Give %n {nouns} to anyone in the company. The ownership history keeps who had them and why.</source>
        <translation>
            <numerusform>Give %n {noun} to anyone in the company. The ownership history keeps who had it and why.</numerusform><numerusform>Give %n {nouns} to anyone in the company. The ownership history keeps who had them and why.</numerusform></translation>
    </message>
    <message>
        <source>New &amp;owner:</source>
        <translation>New &amp;owner:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>Required, e.g. territory change</source>
        <translation>Required, e.g. territory change</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <source>Nobody found. Try part of a name, a login or a unit.</source>
        <translation>Nobody found. Try part of a name, a login or a unit.</translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %n; type to narrow the list.</source>
        <translation>
            <numerusform>Showing the first %n; type to narrow the list.</numerusform><numerusform>Showing the first %n; type to narrow the list.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n {nouns} reassigned.</source>
        <translation>
            <numerusform>%n {noun} reassigned.</numerusform><numerusform>%n {nouns} reassigned.</numerusform></translation>
    </message>
</context>
<context>
    <name>RecordActions</name>
    <message>
        <source>You no longer see this {noun}; it was handed on.</source>
        <translation>You no longer see this {noun}; it was handed on.</translation>
    </message>
    <message numerus="yes">
        <source>Why are these %n {nouns} going back to the pool?</source>
        <translation><numerusform>Why is this {noun} going back to the pool?</numerusform><numerusform>Why are these %n {nouns} going back to the pool?</numerusform></translation>
    </message>
    <message>
        <source>Release to the {noun} pool</source>
        <translation>Release to the {noun} pool</translation>
    </message>
    <message>
        <source>Released to the pool.</source>
        <translation>Released to the pool.</translation>
    </message>
    <message numerus="yes">
        <source>%n {nouns} claimed; they are yours now.</source>
        <translation><numerusform>%n {noun} claimed; it is yours now.</numerusform><numerusform>%n {nouns} claimed; they are yours now.</numerusform></translation>
    </message>
    <message>
        <source>History of the {noun}</source>
        <translation>History of the {noun}</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>You can read this record but not change it.</source>
        <translation>You can read this record but not change it.</translation>
    </message>
    <message>
        <source>What you typed in “{title}” cannot be saved any more. Leave it?</source>
        <translation>What you typed in “{title}” cannot be saved any more. Leave it?</translation>
    </message>
    <message>
        <source>“{title}” has changes that are not saved yet. Save them first?</source>
        <translation>“{title}” has changes that are not saved yet. Save them first?</translation>
    </message>
    <message>
        <source>New record</source>
        <translation>New record</translation>
    </message>
    <message>
        <source>Discard your changes to “{title}”? This cannot be undone.</source>
        <translation>Discard your changes to “{title}”? This cannot be undone.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>{line} {number}, {field}: {problem}</source>
        <translation>{line} {number}, {field}: {problem}</translation>
    </message>
    <message>
        <source>This record was handed to someone else or removed, and you can no longer see it. What you typed stays here to copy; it cannot be saved.</source>
        <translation>This record was handed to someone else or removed, and you can no longer see it. What you typed stays here to copy; it cannot be saved.</translation>
    </message>
    <message>
        <source>Changed meanwhile by someone else to: {value}</source>
        <translation>Changed meanwhile by someone else to: {value}</translation>
    </message>
    <message>
        <source>Someone else changed the same lines meanwhile. The marked cells keep your value (theirs is in the cell's tooltip); save again to store yours.</source>
        <translation>Someone else changed the same lines meanwhile. The marked cells keep your value (theirs is in the cell's tooltip); save again to store yours.</translation>
    </message>
    <message>
        <source>This record keeps being changed by someone else; their changes are taken and yours kept. Check it and save again.</source>
        <translation>This record keeps being changed by someone else; their changes are taken and yours kept. Check it and save again.</translation>
    </message>
    <message>
        <source>{name} saved this record meanwhile; their changes are taken and yours kept. Saving again…</source>
        <translation>{name} saved this record meanwhile; their changes are taken and yours kept. Saving again…</translation>
    </message>
    <message>
        <source>Your changes are kept on top of the current version (marked fields: both changed). Save again when ready.</source>
        <translation>Your changes are kept on top of the current version (marked fields: both changed). Save again when ready.</translation>
    </message>
    <message>
        <source>{name} just changed this record; showing the new version.</source>
        <translation>{name} just changed this record; showing the new version.</translation>
    </message>
    <message>
        <source>Changed by someone else ({name}, {when}) — reload, or keep editing on top of their version?</source>
        <translation>Changed by someone else ({name}, {when}) — reload, or keep editing on top of their version?</translation>
    </message>
</context>
<context>
    <name>RecordImportDialog</name>
    <message>
        <source>Import customers</source>
        <translation>Import customers</translation>
    </message>
    <message>
        <source>Import leads</source>
        <translation>Import leads</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>First value</translation>
    </message>
    <message>
        <source>Imported into</source>
        <translation>Imported into</translation>
    </message>
    <message>
        <source>Change &amp;mapping</source>
        <translation>Change &amp;mapping</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>C&amp;heck</translation>
    </message>
    <message>
        <source>Save &amp;error workbook…</source>
        <translation>Save &amp;error workbook…</translation>
    </message>
    <message>
        <source>&amp;Import rows</source>
        <translation>&amp;Import rows</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation>Cancelled: nothing was imported.</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Reading {file}…</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(not imported)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) to import. Choose the field each column fills, then press Check.</source>
        <translation>
            <numerusform>%n row to import. Choose the field each column fills, then press Check.</numerusform><numerusform>%n rows to import. Choose the field each column fills, then press Check.</numerusform></translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Checking every row…</translation>
    </message>
    <message numerus="yes">
        <source>All %n row(s) can be imported: press Import.</source>
        <translation>
            <numerusform>All %n row can be imported: press Import.</numerusform><numerusform>All %n rows can be imported: press Import.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) cannot be imported; nothing was saved. Save the error workbook, correct the file and import it again.</source>
        <translation>
            <numerusform>%n row cannot be imported; nothing was saved. Save the error workbook, correct the file and import it again.</numerusform><numerusform>%n rows cannot be imported; nothing was saved. Save the error workbook, correct the file and import it again.</numerusform></translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>Save error workbook</source>
        <translation>Save error workbook</translation>
    </message>
    <message>
        <source>Saved {file}: each row to fix, its column and what to fix.</source>
        <translation>Saved {file}: each row to fix, its column and what to fix.</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source>Import from a file</source>
        <translation>Import from a file</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>Spreadsheets (*.xlsx *.csv)</translation>
    </message>
</context>
<context>
    <name>RecordListPage</name>
    <message>
        <source>Nothing here yet.</source>
        <translation>Nothing here yet.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation><numerusform>%n record</numerusform><numerusform>%n records</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>at least %n record(s)</source>
        <translation><numerusform>at least %n record</numerusform><numerusform>at least %n records</numerusform></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <source>Nothing matches “{search}” — &lt;a href="clear"&gt;clear the search&lt;/a&gt;</source>
        <translation>Nothing matches “{search}” — &lt;a href="clear"&gt;clear the search&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Nothing matches these filters — &lt;a href="clear"&gt;clear them&lt;/a&gt;</source>
        <translation>Nothing matches these filters — &lt;a href="clear"&gt;clear them&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>RecordPicker</name>
    <message numerus="yes">
        <source>Type at least %n character(s).</source>
        <translation><numerusform>Type at least %n character.</numerusform><numerusform>Type at least %n characters.</numerusform></translation>
    </message>
    <message>
        <source>No match.</source>
        <translation>No match.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>&amp;Interface language:</translation>
    </message>
    <message>
        <source>The new language is applied at once.</source>
        <translation>The new language is applied at once.</translation>
    </message>
    <message>
        <source>Live updates</source>
        <translation>Live updates</translation>
    </message>
    <message>
        <source>Show a notification when a customer is assigned or shared to me</source>
        <translation>Show a notification when a customer is assigned or shared to me</translation>
    </message>
    <message>
        <source>Company lists</source>
        <translation>Company lists</translation>
    </message>
    <message>
        <source>The values of industry, source and region that everyone chooses from.</source>
        <translation>The values of industry, source and region that everyone chooses from.</translation>
    </message>
    <message>
        <source>&amp;Picklists…</source>
        <translation>&amp;Picklists…</translation>
    </message>
    <message>
        <source>Our company</source>
        <translation>Our company</translation>
    </message>
    <message>
        <source>The name, address, tax number and bank printed on quotes and contracts.</source>
        <translation>The name, address, tax number and bank printed on quotes and contracts.</translation>
    </message>
    <message>
        <source>Company &amp;details…</source>
        <translation>Company &amp;details…</translation>
    </message>
    <message>
        <source>Approval workflow</source>
        <translation>Approval workflow</translation>
    </message>
    <message>
        <source>Which requests need approval, above which amount or discount, and who approves them in which steps.</source>
        <translation>Which requests need approval, above which amount or discount, and who approves them in which steps.</translation>
    </message>
    <message>
        <source>Appro&amp;val rules…</source>
        <translation>Appro&amp;val rules…</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connection</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profile:</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Saved passwords:</source>
        <translation>Saved passwords:</translation>
    </message>
    <message>
        <source>Log folder:</source>
        <translation>Log folder:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>System default</translation>
    </message>
    <message>
        <source>stored in the system keyring</source>
        <translation>stored in the system keyring</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message numerus="yes">
        <source>Share %n {nouns}</source>
        <translation>
            <numerusform>Share %n {noun}</numerusform><numerusform>Share %n {nouns}</numerusform></translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <source>Access:</source>
        <translation>Access:</translation>
    </message>
    <message>
        <source>&amp;Read only</source>
        <translation>&amp;Read only</translation>
    </message>
    <message>
        <source>Read and &amp;write</source>
        <translation>Read and &amp;write</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>&amp;Until</translation>
    </message>
    <message>
        <source>Shared.</source>
        <translation>Shared.</translation>
    </message>
</context>
<context>
    <name>StatusArea</name>
    <message>
        <source>Recent notifications</source>
        <translation>Recent notifications</translation>
    </message>
    <message>
        <source>{name} · {position} · {unit} · scope: {scope}</source>
        <translation>{name} · {position} · {unit} · scope: {scope}</translation>
    </message>
    <message>
        <source>Signed in as {login}</source>
        <translation>Signed in as {login}</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <source>Connection to the server restored.</source>
        <translation>Connection to the server restored.</translation>
    </message>
    <message>
        <source>Connection lost — reconnecting…</source>
        <translation>Connection lost — reconnecting…</translation>
    </message>
    <message>
        <source>The server cannot be reached. Unsaved input is kept; salesdesk reconnects by itself.</source>
        <translation>The server cannot be reached. Unsaved input is kept; salesdesk reconnects by itself.</translation>
    </message>
</context>
<context>
    <name>TargetGridModel</name>
    <message>
        <source>Allocated {allocated} of {value}</source>
        <translation>Allocated {allocated} of {value}</translation>
    </message>
    <message>
        <source>unallocated {amount}</source>
        <translation>unallocated {amount}</translation>
    </message>
    <message>
        <source>over-allocated by {amount}</source>
        <translation>over-allocated by {amount}</translation>
    </message>
    <message>
        <source>reconciled</source>
        <translation>reconciled</translation>
    </message>
    <message>
        <source>Company / unit / person</source>
        <translation>Company / unit / person</translation>
    </message>
    <message>
        <source>{month}/{year}</source>
        <translation>{month}/{year}</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
</context>
<context>
    <name>TargetImportDialog</name>
    <message>
        <source>Import targets</source>
        <translation>Import targets</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Node</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Old value</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>New value</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) change.</source>
        <translation><numerusform>%n cell change.</numerusform><numerusform>%n cells change.</numerusform></translation>
    </message>
    <message>
        <source>Correct the file and import it again: nothing was saved.</source>
        <translation>Correct the file and import it again: nothing was saved.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
</context>
<context>
    <name>TargetsPage</name>
    <message>
        <source>Sprint</source>
        <translation>Sprint</translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation>Challenge</translation>
    </message>
    <message>
        <source>Split evenly</source>
        <translation>Split evenly</translation>
    </message>
    <message>
        <source>Split by last year</source>
        <translation>Split by last year</translation>
    </message>
    <message>
        <source>Split by headcount</source>
        <translation>Split by headcount</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>submitted</translation>
    </message>
    <message>
        <source>published</source>
        <translation>published</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>superseded</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>withdrawn</translation>
    </message>
    <message>
        <source>All nodes reconciled</source>
        <translation>All nodes reconciled</translation>
    </message>
    <message numerus="yes">
        <source>%n node-month(s) not reconciled</source>
        <translation><numerusform>%n node-month not reconciled</numerusform><numerusform>%n node-months not reconciled</numerusform></translation>
    </message>
    <message>
        <source>Submit the revision</source>
        <translation>Submit the revision</translation>
    </message>
    <message>
        <source>&amp;Why do the targets change?</source>
        <translation>&amp;Why do the targets change?</translation>
    </message>
    <message>
        <source>The revision is published.</source>
        <translation>The revision is published.</translation>
    </message>
    <message>
        <source>The revision waits for approval.</source>
        <translation>The revision waits for approval.</translation>
    </message>
    <message>
        <source>Targets workbook</source>
        <translation>Targets workbook</translation>
    </message>
    <message>
        <source>Targets saved to {path}</source>
        <translation>Targets saved to {path}</translation>
    </message>
    <message>
        <source>Version {number} ({status})</source>
        <translation>Version {number} ({status})</translation>
    </message>
    <message>
        <source>v{number} {status} · {when} · {who} · {why}</source>
        <translation>v{number} {status} · {when} · {who} · {why}</translation>
    </message>
    <message>
        <source>Fiscal &amp;year:</source>
        <translation>Fiscal &amp;year:</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <source>&amp;Tier:</source>
        <translation>&amp;Tier:</translation>
    </message>
    <message>
        <source>&amp;New version</source>
        <translation>&amp;New version</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Publish</translation>
    </message>
    <message>
        <source>Su&amp;bmit…</source>
        <translation>Su&amp;bmit…</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
</context>
<context>
    <name>dashboard</name>
    <message>
        <source>Forecast this quarter</source>
        <translation>Forecast this quarter</translation>
    </message>
    <message>
        <source>My pipeline</source>
        <translation>My pipeline</translation>
    </message>
    <message>
        <source>Receivables by age</source>
        <translation>Receivables by age</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>My attainment</source>
        <translation>My attainment</translation>
    </message>
    <message>
        <source>Team attainment</source>
        <translation>Team attainment</translation>
    </message>
</context>
<context>
    <name>documents</name>
    <message>
        <source>Quotation</source>
        <translation>Quotation</translation>
    </message>
    <message>
        <source>Sales contract</source>
        <translation>Sales contract</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>Seller</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Product code</source>
        <translation>Product code</translation>
    </message>
    <message>
        <source>Product name</source>
        <translation>Product name</translation>
    </message>
    <message>
        <source>Specification / model</source>
        <translation>Specification / model</translation>
    </message>
    <message>
        <source>Unit of measure</source>
        <translation>Unit of measure</translation>
    </message>
    <message>
        <source>Unit price (excl. tax)</source>
        <translation>Unit price (excl. tax)</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>VAT rate</translation>
    </message>
    <message>
        <source>Amount (excl. tax)</source>
        <translation>Amount (excl. tax)</translation>
    </message>
    <message>
        <source>Subtotal (excl. tax)</source>
        <translation>Subtotal (excl. tax)</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Tax</translation>
    </message>
    <message>
        <source>Total (incl. tax)</source>
        <translation>Total (incl. tax)</translation>
    </message>
    <message>
        <source>Total in words</source>
        <translation>Total in words</translation>
    </message>
    <message>
        <source>Prices in CNY before tax; tax per line, rounded to the fen.</source>
        <translation>Prices in CNY before tax; tax per line, rounded to the fen.</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Seal</source>
        <translation>Seal</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>Representative</translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <translation>{label}: {value}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Page {page} of {pages}</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Signing in failed.</source>
        <translation>Signing in failed.</translation>
    </message>
    <message>
        <source>The login name or password is not correct. Please check them and try again.</source>
        <translation>The login name or password is not correct. Please check them and try again.</translation>
    </message>
    <message>
        <source>The server {host}:{port} cannot be reached. Check the network connection and the connection profile, or ask IT whether the server is running.</source>
        <translation>The server {host}:{port} cannot be reached. Check the network connection and the connection profile, or ask IT whether the server is running.</translation>
    </message>
    <message>
        <source>A secure (TLS) connection to the server could not be established. Check the TLS mode and the CA certificate file of the connection profile, or ask IT.</source>
        <translation>A secure (TLS) connection to the server could not be established. Check the TLS mode and the CA certificate file of the connection profile, or ask IT.</translation>
    </message>
    <message>
        <source>This account is deactivated or not allowed to use salesdesk. Please contact your administrator.</source>
        <translation>This account is deactivated or not allowed to use salesdesk. Please contact your administrator.</translation>
    </message>
    <message>
        <source>The database "{database}" does not exist on this server. Check the connection profile.</source>
        <translation>The database "{database}" does not exist on this server. Check the connection profile.</translation>
    </message>
    <message>
        <source>The database is older (schema {found}) than this client needs ({needed}). Please ask IT to run "salesdesk-admin migrate" on the server.</source>
        <translation>The database is older (schema {found}) than this client needs ({needed}). Please ask IT to run "salesdesk-admin migrate" on the server.</translation>
    </message>
    <message>
        <source>The database (schema {found}) is newer than this client understands ({needed}). Please install the current salesdesk client.</source>
        <translation>The database (schema {found}) is newer than this client understands ({needed}). Please install the current salesdesk client.</translation>
    </message>
    <message>
        <source>The new password needs at least {min} characters.</source>
        <translation>The new password needs at least {min} characters.</translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation>The two new passwords are not the same.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>The new password must differ from the current one.</translation>
    </message>
    <message>
        <source>The demo server could not be started: {detail}</source>
        <translation>The demo server could not be started: {detail}</translation>
    </message>
    <message>
        <source>Your login is not an active employee.</source>
        <translation>Your login is not an active employee.</translation>
    </message>
    <message>
        <source>The list cannot be sorted by this column.</source>
        <translation>The list cannot be sorted by this column.</translation>
    </message>
    <message>
        <source>This filter value is not valid.</source>
        <translation>This filter value is not valid.</translation>
    </message>
    <message>
        <source>This person is not in your scope.</source>
        <translation>This person is not in your scope.</translation>
    </message>
    <message>
        <source>The operation failed.</source>
        <translation>The operation failed.</translation>
    </message>
    <message>
        <source>Please correct the highlighted fields.</source>
        <translation>Please correct the highlighted fields.</translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation>You are not allowed to do this.</translation>
    </message>
    <message>
        <source>Someone else is changing this right now. Please try again in a moment.</source>
        <translation>Someone else is changing this right now. Please try again in a moment.</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <source>The {kind} was not found. It may have been removed or is outside your scope.</source>
        <translation>The {kind} was not found. It may have been removed or is outside your scope.</translation>
    </message>
    <message>
        <source>You can read this {kind} but not change it.</source>
        <translation>You can read this {kind} but not change it.</translation>
    </message>
    <message>
        <source>Only the owner and the people above them can hand this {kind} on.</source>
        <translation>Only the owner and the people above them can hand this {kind} on.</translation>
    </message>
    <message>
        <source>{name} changed this {kind} at {when:%Y-%m-%d %H:%M}. Reload it to see their changes.</source>
        <translation>{name} changed this {kind} at {when:%Y-%m-%d %H:%M}. Reload it to see their changes.</translation>
    </message>
    <message>
        <source>Someone else changed this {kind}. Reload it to see their changes.</source>
        <translation>Someone else changed this {kind}. Reload it to see their changes.</translation>
    </message>
    <message>
        <source>{count} existing customer(s) have the same name or phone number.</source>
        <translation>{count} existing customer(s) have the same name or phone number.</translation>
    </message>
    <message>
        <source>A customer with the same name or phone number exists: link it or change the name.</source>
        <translation>A customer with the same name or phone number exists: link it or change the name.</translation>
    </message>
    <message>
        <source>Too many duplicate checks: the check is unavailable for about {minutes} min.</source>
        <translation>Too many duplicate checks: the check is unavailable for about {minutes} min.</translation>
    </message>
    <message>
        <source>Nothing was changed: {name}: {problem}</source>
        <translation>Nothing was changed: {name}: {problem}</translation>
    </message>
    <message>
        <source>The connection to the database was lost. Please try again.</source>
        <translation>The connection to the database was lost. Please try again.</translation>
    </message>
    <message>
        <source>The database reported an error.</source>
        <translation>The database reported an error.</translation>
    </message>
    <message>
        <source>This value is not valid.</source>
        <translation>This value is not valid.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>This field is required.</translation>
    </message>
    <message>
        <source>This value is too long.</source>
        <translation>This value is too long.</translation>
    </message>
    <message>
        <source>Choose a value from the list.</source>
        <translation>Choose a value from the list.</translation>
    </message>
    <message>
        <source>This request is not valid; reload and try again.</source>
        <translation>This request is not valid; reload and try again.</translation>
    </message>
    <message>
        <source>Type at least two characters (or three digits) to search.</source>
        <translation>Type at least two characters (or three digits) to search.</translation>
    </message>
    <message>
        <source>The credit shares must add up to exactly 100 %.</source>
        <translation>The credit shares must add up to exactly 100 %.</translation>
    </message>
    <message>
        <source>This person is already on the team.</source>
        <translation>This person is already on the team.</translation>
    </message>
    <message>
        <source>Give the reason the deal was lost.</source>
        <translation>Give the reason the deal was lost.</translation>
    </message>
    <message>
        <source>With product lines, the amount is their total.</source>
        <translation>With product lines, the amount is their total.</translation>
    </message>
    <message>
        <source>The {kind} already belongs to this person.</source>
        <translation>The {kind} already belongs to this person.</translation>
    </message>
    <message>
        <source>The {kind} is already in a pool.</source>
        <translation>The {kind} is already in a pool.</translation>
    </message>
    <message>
        <source>There is no {kind} pool for the owner's unit.</source>
        <translation>There is no {kind} pool for the owner's unit.</translation>
    </message>
    <message>
        <source>The owner already has access to this {kind}.</source>
        <translation>The owner already has access to this {kind}.</translation>
    </message>
    <message>
        <source>This {kind} is archived; whoever manages the pool restores it before it can be claimed.</source>
        <translation>This {kind} is archived; whoever manages the pool restores it before it can be claimed.</translation>
    </message>
    <message>
        <source>The database is busy. Please try again.</source>
        <translation>The database is busy. Please try again.</translation>
    </message>
    <message>
        <source>Enter the 18-character unified social credit code (统一社会信用代码); its last character is a check character: compare the number with the business licence.</source>
        <translation>Enter the 18-character unified social credit code (统一社会信用代码); its last character is a check character: compare the number with the business licence.</translation>
    </message>
    <message>
        <source>Enter the account number: digits, spaces allowed.</source>
        <translation>Enter the account number: digits, spaces allowed.</translation>
    </message>
    <message>
        <source>This request is not waiting on you (any more).</source>
        <translation>This request is not waiting on you (any more).</translation>
    </message>
    <message>
        <source>Approval rule “{rule}”, step {step}: nobody who stands above the requester can decide it. Ask whoever maintains the approval rules to correct it.</source>
        <translation>Approval rule “{rule}”, step {step}: nobody who stands above the requester can decide it. Ask whoever maintains the approval rules to correct it.</translation>
    </message>
    <message>
        <source>This request is already decided.</source>
        <translation>This request is already decided.</translation>
    </message>
    <message>
        <source>This {kind} is already waiting for approval.</source>
        <translation>This {kind} is already waiting for approval.</translation>
    </message>
    <message>
        <source>An approval request stays with the person who submitted it.</source>
        <translation>An approval request stays with the person who submitted it.</translation>
    </message>
    <message>
        <source>Only a draft or rejected contract can be changed; an approved contract changes through an amendment.</source>
        <translation>Only a draft or rejected contract can be changed; an approved contract changes through an amendment.</translation>
    </message>
    <message>
        <source>The contract's status does not allow this (any more); reload it to see where it stands.</source>
        <translation>The contract's status does not allow this (any more); reload it to see where it stands.</translation>
    </message>
    <message>
        <source>A contract needs at least one product line.</source>
        <translation>A contract needs at least one product line.</translation>
    </message>
    <message>
        <source>This contract already has an amendment in progress.</source>
        <translation>This contract already has an amendment in progress.</translation>
    </message>
    <message>
        <source>An amendment of this contract is waiting for approval.</source>
        <translation>An amendment of this contract is waiting for approval.</translation>
    </message>
    <message>
        <source>This contract has no amendment in progress to do this with.</source>
        <translation>This contract has no amendment in progress to do this with.</translation>
    </message>
    <message>
        <source>This {kind} cannot do that in its current status: only a draft changes, and a sent one is revised into a new version.</source>
        <translation>This {kind} cannot do that in its current status: only a draft changes, and a sent one is revised into a new version.</translation>
    </message>
    <message>
        <source>This {kind} is waiting for its discount’s approval.</source>
        <translation>This {kind} is waiting for its discount’s approval.</translation>
    </message>
    <message>
        <source>The discount was rejected: change the lines, then send again.</source>
        <translation>The discount was rejected: change the lines, then send again.</translation>
    </message>
    <message>
        <source>Add at least one line before sending.</source>
        <translation>Add at least one line before sending.</translation>
    </message>
    <message>
        <source>Set a validity date from today on before sending.</source>
        <translation>Set a validity date from today on before sending.</translation>
    </message>
    <message>
        <source>This {kind} has expired: revise it with a new validity date.</source>
        <translation>This {kind} has expired: revise it with a new validity date.</translation>
    </message>
    <message>
        <source>Payments, plans and invoices are recorded only on an approved contract.</source>
        <translation>Payments, plans and invoices are recorded only on an approved contract.</translation>
    </message>
    <message>
        <source>This is more than the contract still expects: at most ¥{room} can be received (payments waiting for approval included).</source>
        <translation>This is more than the contract still expects: at most ¥{room} can be received (payments waiting for approval included).</translation>
    </message>
    <message>
        <source>The instalments add up to ¥{sum}; they must add up to the contract total, ¥{total}.</source>
        <translation>The instalments add up to ¥{sum}; they must add up to the contract total, ¥{total}.</translation>
    </message>
    <message>
        <source>Invoices cannot exceed the contract total: at most ¥{room} (tax included) can still be invoiced.</source>
        <translation>Invoices cannot exceed the contract total: at most ¥{room} (tax included) can still be invoiced.</translation>
    </message>
    <message>
        <source>{count} node-months are not reconciled (their children's targets do not add up to theirs): reconcile every node before publishing.</source>
        <translation>{count} node-months are not reconciled (their children's targets do not add up to theirs): reconcile every node before publishing.</translation>
    </message>
    <message>
        <source>This target version is locked (published or submitted): start a new version to change it.</source>
        <translation>This target version is locked (published or submitted): start a new version to change it.</translation>
    </message>
    <message>
        <source>A target must be a number of at least 0 in the version's fiscal year; counts are whole numbers.</source>
        <translation>A target must be a number of at least 0 in the version's fiscal year; counts are whole numbers.</translation>
    </message>
    <message>
        <source>The targets go to an active colleague in the same unit; nobody is left there to take them.</source>
        <translation>The targets go to an active colleague in the same unit; nobody is left there to take them.</translation>
    </message>
    <message>
        <source>This target set already has a version in progress: finish it first.</source>
        <translation>This target set already has a version in progress: finish it first.</translation>
    </message>
    <message>
        <source>A revision is submitted with a reason, for approval.</source>
        <translation>A revision is submitted with a reason, for approval.</translation>
    </message>
    <message>
        <source>This node has no children whose targets you may set.</source>
        <translation>This node has no children whose targets you may set.</translation>
    </message>
    <message>
        <source>This month is already closed for this scope; later changes appear as adjustments.</source>
        <translation>This month is already closed for this scope; later changes appear as adjustments.</translation>
    </message>
    <message>
        <source>A month can only be closed after it has ended.</source>
        <translation>A month can only be closed after it has ended.</translation>
    </message>
    <message>
        <source>The list position is no longer valid; reload the list.</source>
        <translation>The list position is no longer valid; reload the list.</translation>
    </message>
    <message>
        <source>No password store (keyring) is available on this computer.</source>
        <translation>No password store (keyring) is available on this computer.</translation>
    </message>
    <message>
        <source>No password store (keyring) is available on this computer, so passwords cannot be remembered safely.</source>
        <translation>No password store (keyring) is available on this computer, so passwords cannot be remembered safely.</translation>
    </message>
    <message>
        <source>Choose read or read-write access.</source>
        <translation>Choose read or read-write access.</translation>
    </message>
    <message>
        <source>Choose an active employee.</source>
        <translation>Choose an active employee.</translation>
    </message>
    <message>
        <source>The end date must be in the future.</source>
        <translation>The end date must be in the future.</translation>
    </message>
    <message>
        <source>At most {max} characters.</source>
        <translation>At most {max} characters.</translation>
    </message>
    <message>
        <source>Enter a phone number: digits, spaces, ( ) and -, optionally a leading + and an extension (转 801).</source>
        <translation>Enter a phone number: digits, spaces, ( ) and -, optionally a leading + and an extension (转 801).</translation>
    </message>
    <message>
        <source>Enter a mobile number: 11 digits starting with 13 to 19, optionally after +86.</source>
        <translation>Enter a mobile number: 11 digits starting with 13 to 19, optionally after +86.</translation>
    </message>
    <message>
        <source>Enter an e-mail address like name@example.com.</source>
        <translation>Enter an e-mail address like name@example.com.</translation>
    </message>
    <message>
        <source>Enter a web address like www.example.com.</source>
        <translation>Enter a web address like www.example.com.</translation>
    </message>
    <message>
        <source>Choose a level from A to D.</source>
        <translation>Choose a level from A to D.</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>The amount cannot be negative.</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>The amount is too large.</translation>
    </message>
    <message>
        <source>At most two decimal places.</source>
        <translation>At most two decimal places.</translation>
    </message>
    <message>
        <source>Enter a quantity such as 12 or 2.5.</source>
        <translation>Enter a quantity such as 12 or 2.5.</translation>
    </message>
    <message>
        <source>The quantity must be more than 0.</source>
        <translation>The quantity must be more than 0.</translation>
    </message>
    <message>
        <source>The quantity is too large.</source>
        <translation>The quantity is too large.</translation>
    </message>
    <message>
        <source>At most {places} decimal places.</source>
        <translation>At most {places} decimal places.</translation>
    </message>
    <message>
        <source>Enter a percentage from 0 to 100, such as 35 or 12.5.</source>
        <translation>Enter a percentage from 0 to 100, such as 35 or 12.5.</translation>
    </message>
    <message>
        <source>Enter a date as year-month-day, such as 2026-12-01.</source>
        <translation>Enter a date as year-month-day, such as 2026-12-01.</translation>
    </message>
    <message>
        <source>The date cannot be before {min}.</source>
        <translation>The date cannot be before {min}.</translation>
    </message>
    <message>
        <source>The date cannot be after {max}.</source>
        <translation>The date cannot be after {max}.</translation>
    </message>
    <message>
        <source>This field cannot be changed here.</source>
        <translation>This field cannot be changed here.</translation>
    </message>
    <message>
        <source>Only one contact can be the primary contact.</source>
        <translation>Only one contact can be the primary contact.</translation>
    </message>
    <message>
        <source>Something went wrong that salesdesk did not expect. The details were written to the log file {path}.</source>
        <translation>Something went wrong that salesdesk did not expect. The details were written to the log file {path}.</translation>
    </message>
    <message>
        <source>salesdesk</source>
        <translation>salesdesk</translation>
    </message>
    <message>
        <source>Sorry, something went wrong. Your work in open windows is kept; if the problem comes back, please send the log file {path} to IT.</source>
        <translation>Sorry, something went wrong. Your work in open windows is kept; if the problem comes back, please send the log file {path} to IT.</translation>
    </message>
    <message>
        <source>Enter an amount such as 60000, 60,000.50 or 6.5万.</source>
        <translation>Enter an amount such as 60000, 60,000.50 or 6.5万.</translation>
    </message>
    <message>
        <source>The list already has this entry.</source>
        <translation>The list already has this entry.</translation>
    </message>
    <message>
        <source>Enter a tax rate between 0 % and 100 %.</source>
        <translation>Enter a tax rate between 0 % and 100 %.</translation>
    </message>
    <message>
        <source>A code has letters, digits and - _ . / only, and no spaces.</source>
        <translation>A code has letters, digits and - _ . / only, and no spaces.</translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation>Enter a number.</translation>
    </message>
    <message>
        <source>Another product already has this code.</source>
        <translation>Another product already has this code.</translation>
    </message>
    <message>
        <source>Choose a follow-up type from the list.</source>
        <translation>Choose a follow-up type from the list.</translation>
    </message>
    <message>
        <source>Satisfaction is from 1 to 5.</source>
        <translation>Satisfaction is from 1 to 5.</translation>
    </message>
    <message>
        <source>Give the date and time of the follow-up.</source>
        <translation>Give the date and time of the follow-up.</translation>
    </message>
    <message>
        <source>Choose a status from the list.</source>
        <translation>Choose a status from the list.</translation>
    </message>
    <message>
        <source>This deal has no product lines to quote.</source>
        <translation>This deal has no product lines to quote.</translation>
    </message>
    <message>
        <source>A negative amount has no capital amount: {amount}.</source>
        <translation>A negative amount has no capital amount: {amount}.</translation>
    </message>
    <message>
        <source>The amount {amount} is too large for a capital amount (it must be below 1,000,000,000,000).</source>
        <translation>The amount {amount} is too large for a capital amount (it must be below 1,000,000,000,000).</translation>
    </message>
    <message>
        <source>The amount {amount} has more than two decimal places: round it to the fen first.</source>
        <translation>The amount {amount} has more than two decimal places: round it to the fen first.</translation>
    </message>
    <message>
        <source>The amount {amount} is not a number of yuan.</source>
        <translation>The amount {amount} is not a number of yuan.</translation>
    </message>
    <message>
        <source>The file {path} could not be written: {reason}</source>
        <translation>The file {path} could not be written: {reason}</translation>
    </message>
    <message>
        <source>Save the deal first: the quote is made from its saved product lines.</source>
        <translation>Save the deal first: the quote is made from its saved product lines.</translation>
    </message>
    <message>
        <source>A rule needs at least one step.</source>
        <translation>A rule needs at least one step.</translation>
    </message>
    <message>
        <source>Only a rule for expenses names expense categories.</source>
        <translation>Only a rule for expenses names expense categories.</translation>
    </message>
    <message>
        <source>No active employee has the login “{login}”.</source>
        <translation>No active employee has the login “{login}”.</translation>
    </message>
    <message>
        <source>Write a comment: a rejection says why.</source>
        <translation>Write a comment: a rejection says why.</translation>
    </message>
    <message>
        <source>Write the comment first.</source>
        <translation>Write the comment first.</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>The amount must be more than zero.</translation>
    </message>
    <message>
        <source>Choose a payment method from the list.</source>
        <translation>Choose a payment method from the list.</translation>
    </message>
    <message>
        <source>Choose an invoice type from the list.</source>
        <translation>Choose an invoice type from the list.</translation>
    </message>
    <message>
        <source>Group the receivables by customer, person or unit.</source>
        <translation>Group the receivables by customer, person or unit.</translation>
    </message>
    <message>
        <source>A code is 2 to 31 lowercase letters or underscores, starting with a letter.</source>
        <translation>A code is 2 to 31 lowercase letters or underscores, starting with a letter.</translation>
    </message>
    <message>
        <source>A category with this code exists already.</source>
        <translation>A category with this code exists already.</translation>
    </message>
    <message>
        <source>Another category has this name.</source>
        <translation>Another category has this name.</translation>
    </message>
    <message>
        <source>Choose a month, a quarter or a fiscal year.</source>
        <translation>Choose a month, a quarter or a fiscal year.</translation>
    </message>
    <message>
        <source>Choose the company, a unit or a person.</source>
        <translation>Choose the company, a unit or a person.</translation>
    </message>
    <message>
        <source>Rank people or units.</source>
        <translation>Rank people or units.</translation>
    </message>
    <message>
        <source>The weights must add up to 100.</source>
        <translation>The weights must add up to 100.</translation>
    </message>
    <message>
        <source>Each indicator once, with a weight above 0.</source>
        <translation>Each indicator once, with a weight above 0.</translation>
    </message>
    <message>
        <source>A count target is a whole number, such as 12.</source>
        <translation>A count target is a whole number, such as 12.</translation>
    </message>
    <message>
        <source>Row {row}: no such company, unit or person in this grid.</source>
        <translation>Row {row}: no such company, unit or person in this grid.</translation>
    </message>
    <message>
        <source>Row {row}, {month}: you may not set this target.</source>
        <translation>Row {row}, {month}: you may not set this target.</translation>
    </message>
    <message>
        <source>Row {row}, {month}: {problem}</source>
        <translation>Row {row}, {month}: {problem}</translation>
    </message>
    <message>
        <source>This is not a target sheet of this fiscal year: the months do not match.</source>
        <translation>This is not a target sheet of this fiscal year: the months do not match.</translation>
    </message>
    <message>
        <source>This target version was not found.</source>
        <translation>This target version was not found.</translation>
    </message>
    <message>
        <source>Give the reason for the change.</source>
        <translation>Give the reason for the change.</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>The export was cancelled.</translation>
    </message>
    <message>
        <source>The same as row {row} of this file.</source>
        <translation>The same as row {row} of this file.</translation>
    </message>
    <message>
        <source>Already among your records: remove this row.</source>
        <translation>Already among your records: remove this row.</translation>
    </message>
    <message>
        <source>A customer with this name or phone already exists in the company: remove this row or ask its holder.</source>
        <translation>A customer with this name or phone already exists in the company: remove this row or ask its holder.</translation>
    </message>
    <message>
        <source>A lead with this name or phone already exists in the company: remove this row or ask its holder.</source>
        <translation>A lead with this name or phone already exists in the company: remove this row or ask its holder.</translation>
    </message>
    <message>
        <source>Choose a value from the list: {values}.</source>
        <translation>Choose a value from the list: {values}.</translation>
    </message>
    <message>
        <source>Choose the column that holds the name.</source>
        <translation>Choose the column that holds the name.</translation>
    </message>
    <message>
        <source>At most {max} rows per import: split the file.</source>
        <translation>At most {max} rows per import: split the file.</translation>
    </message>
    <message>
        <source>{file} is not a text file in UTF-8 or GBK/GB18030: save it from Excel as "CSV UTF-8" or as .xlsx.</source>
        <translation>{file} is not a text file in UTF-8 or GBK/GB18030: save it from Excel as "CSV UTF-8" or as .xlsx.</translation>
    </message>
    <message>
        <source>{file} is not a readable .xlsx workbook.</source>
        <translation>{file} is not a readable .xlsx workbook.</translation>
    </message>
    <message>
        <source>{file}: use a .csv or .xlsx file.</source>
        <translation>{file}: use a .csv or .xlsx file.</translation>
    </message>
    <message>
        <source>{file} has no header row.</source>
        <translation>{file} has no header row.</translation>
    </message>
    <message>
        <source>{file} does not exist.</source>
        <translation>{file} does not exist.</translation>
    </message>
    <message>
        <source>Sort the customer analysis by one of its figures.</source>
        <translation>Sort the customer analysis by one of its figures.</translation>
    </message>
    <message>
        <source>Roll the customer analysis up by person, unit, company, segment or ABC class.</source>
        <translation>Roll the customer analysis up by person, unit, company, segment or ABC class.</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>What to fix</source>
        <translation>What to fix</translation>
    </message>
    <message>
        <source>(whole row)</source>
        <translation>(whole row)</translation>
    </message>
    <message>
        <source>Rows to fix</source>
        <translation>Rows to fix</translation>
    </message>
</context>
<context>
    <name>kinds</name>
    <message>
        <source>record</source>
        <translation>record</translation>
    </message>
    <message>
        <source>records</source>
        <translation>records</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>customer</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contact</translation>
    </message>
    <message>
        <source>product</source>
        <translation>product</translation>
    </message>
    <message>
        <source>lead</source>
        <translation>lead</translation>
    </message>
    <message>
        <source>opportunity</source>
        <translation>opportunity</translation>
    </message>
    <message>
        <source>product line</source>
        <translation>product line</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>follow-up</translation>
    </message>
    <message>
        <source>approval request</source>
        <translation>approval request</translation>
    </message>
    <message>
        <source>contract</source>
        <translation>contract</translation>
    </message>
    <message>
        <source>contract line</source>
        <translation>contract line</translation>
    </message>
    <message>
        <source>quote</source>
        <translation>quote</translation>
    </message>
    <message>
        <source>quote line</source>
        <translation>quote line</translation>
    </message>
    <message>
        <source>instalment</source>
        <translation>instalment</translation>
    </message>
    <message>
        <source>payment</source>
        <translation>payment</translation>
    </message>
    <message>
        <source>invoice</source>
        <translation>invoice</translation>
    </message>
    <message>
        <source>target version</source>
        <translation>target version</translation>
    </message>
    <message>
        <source>month close</source>
        <translation>month close</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>customers</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>contacts</translation>
    </message>
    <message>
        <source>products</source>
        <translation>products</translation>
    </message>
    <message>
        <source>leads</source>
        <translation>leads</translation>
    </message>
    <message>
        <source>opportunities</source>
        <translation>opportunities</translation>
    </message>
    <message>
        <source>follow-ups</source>
        <translation>follow-ups</translation>
    </message>
    <message>
        <source>approval requests</source>
        <translation>approval requests</translation>
    </message>
    <message>
        <source>contracts</source>
        <translation>contracts</translation>
    </message>
    <message>
        <source>quotes</source>
        <translation>quotes</translation>
    </message>
    <message>
        <source>instalments</source>
        <translation>instalments</translation>
    </message>
    <message>
        <source>payments</source>
        <translation>payments</translation>
    </message>
    <message>
        <source>invoices</source>
        <translation>invoices</translation>
    </message>
</context>
<context>
    <name>monthly_report</name>
    <message>
        <source>Month summary</source>
        <translation>Month summary</translation>
    </message>
    <message>
        <source>Adjustments</source>
        <translation>Adjustments</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metric</translation>
    </message>
    <message>
        <source>Tier reached</source>
        <translation>Tier reached</translation>
    </message>
    <message>
        <source>Total of the above</source>
        <translation>Total of the above</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>Approved on</translation>
    </message>
    <message>
        <source>Converted on</source>
        <translation>Converted on</translation>
    </message>
    <message>
        <source>Spent on</source>
        <translation>Spent on</translation>
    </message>
    <message>
        <source>Changed on</source>
        <translation>Changed on</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>Unplanned</source>
        <translation>Unplanned</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>Last on</source>
        <translation>Last on</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>Weighted</translation>
    </message>
    <message>
        <source>Forecast category</source>
        <translation>Forecast category</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>At close</source>
        <translation>At close</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>Preliminary</source>
        <translation>Preliminary</translation>
    </message>
    <message>
        <source>Closed {when} by {who}</source>
        <translation>Closed {when} by {who}</translation>
    </message>
    <message>
        <source>Monthly report {month} · {scope} · {status}</source>
        <translation>Monthly report {month} · {scope} · {status}</translation>
    </message>
    <message>
        <source>Page &amp;P of &amp;N</source>
        <translation>Page &amp;P of &amp;N</translation>
    </message>
    <message>
        <source>Target and actual: {metric}</source>
        <translation>Target and actual: {metric}</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Customer pool</source>
        <translation>Customer pool</translation>
    </message>
    <message>
        <source>Archived customers</source>
        <translation>Archived customers</translation>
    </message>
    <message>
        <source>Picklists</source>
        <translation>Picklists</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Products</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Lead pool</source>
        <translation>Lead pool</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Opportunity</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Opportunities</translation>
    </message>
    <message>
        <source>Customer overview</source>
        <translation>Customer overview</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Approvals</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Contracts</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Quotes</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>Expenses</translation>
    </message>
    <message>
        <source>Receivables</source>
        <translation>Receivables</translation>
    </message>
    <message>
        <source>Forecast and funnel</source>
        <translation>Forecast and funnel</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Attainment</source>
        <translation>Attainment</translation>
    </message>
    <message>
        <source>Briefing and scorecards</source>
        <translation>Briefing and scorecards</translation>
    </message>
    <message>
        <source>Rankings</source>
        <translation>Rankings</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Targets</translation>
    </message>
    <message>
        <source>Customer analysis</source>
        <translation>Customer analysis</translation>
    </message>
    <message>
        <source>Approval rules</source>
        <translation>Approval rules</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Payments</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Invoices</translation>
    </message>
    <message>
        <source>Month close</source>
        <translation>Month close</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>No password: set SALESDESK_PASSWORD or let the client remember it for this login.</source>
        <translation>No password: set SALESDESK_PASSWORD or let the client remember it for this login.</translation>
    </message>
</context>
<context>
    <name>scope</name>
    <message>
        <source>own records</source>
        <translation>own records</translation>
    </message>
    <message>
        <source>own and subordinates' records</source>
        <translation>own and subordinates' records</translation>
    </message>
    <message>
        <source>own unit</source>
        <translation>own unit</translation>
    </message>
    <message>
        <source>own unit and sub-units</source>
        <translation>own unit and sub-units</translation>
    </message>
    <message>
        <source>everything</source>
        <translation>everything</translation>
    </message>
</context>
<context>
    <name>tls</name>
    <message>
        <source>Not encrypted</source>
        <translation>Not encrypted</translation>
    </message>
    <message>
        <source>Encrypted only if the server asks</source>
        <translation>Encrypted only if the server asks</translation>
    </message>
    <message>
        <source>Encrypted when the server offers it</source>
        <translation>Encrypted when the server offers it</translation>
    </message>
    <message>
        <source>Encrypted, server not checked</source>
        <translation>Encrypted, server not checked</translation>
    </message>
    <message>
        <source>Encrypted, certificate checked</source>
        <translation>Encrypted, certificate checked</translation>
    </message>
    <message>
        <source>Encrypted, certificate and server name checked</source>
        <translation>Encrypted, certificate and server name checked</translation>
    </message>
</context>
<context>
    <name>words</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>Pool</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Industry</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Submit for approval</source>
        <translation>Submit for approval</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Legal name</translation>
    </message>
    <message>
        <source>Tax number</source>
        <translation>Tax number</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>Account number</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Amount (¥10k)</source>
        <translation>Amount (¥10k)</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Whole company</source>
        <translation>Whole company</translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation>&amp;Metric:</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Export cancelled.</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Commented</source>
        <translation>Commented</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Not reached yet</source>
        <translation>Not reached yet</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Discount</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>Expense</source>
        <translation>Expense</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <source>Target change</source>
        <translation>Target change</translation>
    </message>
    <message>
        <source>Any one</source>
        <translation>Any one</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Probability</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archived</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Search by name, login or unit</source>
        <translation>Search by name, login or unit</translation>
    </message>
    <message>
        <source>Reassign…</source>
        <translation>Reassign…</translation>
    </message>
    <message>
        <source>Share…</source>
        <translation>Share…</translation>
    </message>
    <message>
        <source>Release to pool…</source>
        <translation>Release to pool…</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Claim</translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation>Stop sharing</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>Shares</translation>
    </message>
    <message>
        <source>Ownership history</source>
        <translation>Ownership history</translation>
    </message>
    <message>
        <source>Audit history</source>
        <translation>Audit history</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>History…</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <source>Log follow-up</source>
        <translation>Log follow-up</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Expected close</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Declined</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Revised</source>
        <translation>Revised</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>Contact name</translation>
    </message>
    <message>
        <source>Contact title</source>
        <translation>Contact title</translation>
    </message>
    <message>
        <source>Contact mobile</source>
        <translation>Contact mobile</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>Contact phone</translation>
    </message>
    <message>
        <source>Contact e-mail</source>
        <translation>Contact e-mail</translation>
    </message>
</context>
</TS>