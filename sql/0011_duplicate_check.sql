-- 0011 the duplicate check cannot dump the company; phones as Chinese users type them; the change
-- feed's share events; the generic record API answers bad input with the project's codes.
--
-- The duplicate check (撞单: two salespeople must not chase one company) tells who holds a
-- customer anywhere in the company. Batched guesses in a transaction that was then rolled back
-- read every customer's holder, unit and pool (3,000 names in 136 s), and the rollback erased
-- every lookup_log row. Now:
--   * a per-login rate limit that no rollback resets: its state lives in per-employee sequences
--     (nextval/setval are never rolled back), created with the employee row, never lazily in
--     the caller's transaction; every call counts, one per name of a batch;
--   * every check is also written to the server log (RAISE LOG, whatever the transaction does);
--   * bounded input (SD005), p_exclude only for a record the caller sees (hidden = missing);
--   * company names compared on a key without administrative prefixes, a city in brackets,
--   legal-form suffixes, width or punctuation (深圳市金德饮料有限公司 = 金德饮料（深圳）有限公司).
set local role salesdesk_owner;

-- ---------------------------------------------------------------------------
-- Company name key
-- ---------------------------------------------------------------------------

-- Provinces, autonomous regions, municipalities, SARs and the prefecture-level cities and
-- prefectures, without their 省/市/自治区/地区/州/盟 suffix. The one list of place names.
create or replace function private.place_names() returns text[]
    language sql immutable parallel safe
    set search_path = pg_catalog, pg_temp
as $$
    select array[
        -- provinces, regions, municipalities, SARs
        '北京', '天津', '上海', '重庆', '河北', '山西', '内蒙古', '辽宁', '吉林', '黑龙江', '江苏',
        '浙江', '安徽', '福建', '江西', '山东', '河南', '湖北', '湖南', '广东', '广西', '海南',
        '四川', '贵州', '云南', '西藏', '陕西', '甘肃', '青海', '宁夏', '新疆', '台湾', '香港', '澳门',
        -- 河北 山西 内蒙古
        '石家庄', '唐山', '秦皇岛', '邯郸', '邢台', '保定', '张家口', '承德', '沧州', '廊坊', '衡水',
        '太原', '大同', '阳泉', '长治', '晋城', '朔州', '晋中', '运城', '忻州', '临汾', '吕梁',
        '呼和浩特', '包头', '乌海', '赤峰', '通辽', '鄂尔多斯', '呼伦贝尔', '巴彦淖尔', '乌兰察布',
        '兴安', '锡林郭勒', '阿拉善',
        -- 辽宁 吉林 黑龙江
        '沈阳', '大连', '鞍山', '抚顺', '本溪', '丹东', '锦州', '营口', '阜新', '辽阳', '盘锦', '铁岭',
        '朝阳', '葫芦岛', '长春', '四平', '辽源', '通化', '白山', '松原', '白城', '延边', '哈尔滨',
        '齐齐哈尔', '鸡西', '鹤岗', '双鸭山', '大庆', '伊春', '佳木斯', '七台河', '牡丹江', '黑河',
        '绥化', '大兴安岭',
        -- 江苏 浙江 安徽
        '南京', '无锡', '徐州', '常州', '苏州', '南通', '连云港', '淮安', '盐城', '扬州', '镇江',
        '泰州', '宿迁', '杭州', '宁波', '温州', '嘉兴', '湖州', '绍兴', '金华', '衢州', '舟山', '台州',
        '丽水', '合肥', '芜湖', '蚌埠', '淮南', '马鞍山', '淮北', '铜陵', '安庆', '黄山', '滁州',
        '阜阳', '宿州', '六安', '亳州', '池州', '宣城',
        -- 福建 江西 山东
        '福州', '厦门', '莆田', '三明', '泉州', '漳州', '南平', '龙岩', '宁德', '南昌', '景德镇',
        '萍乡', '九江', '新余', '鹰潭', '赣州', '吉安', '宜春', '抚州', '上饶', '济南', '青岛', '淄博',
        '枣庄', '东营', '烟台', '潍坊', '济宁', '泰安', '威海', '日照', '临沂', '德州', '聊城', '滨州',
        '菏泽',
        -- 河南 湖北 湖南
        '郑州', '开封', '洛阳', '平顶山', '安阳', '鹤壁', '新乡', '焦作', '濮阳', '许昌', '漯河',
        '三门峡', '南阳', '商丘', '信阳', '周口', '驻马店', '济源', '武汉', '黄石', '十堰', '宜昌',
        '襄阳', '鄂州', '荆门', '孝感', '荆州', '黄冈', '咸宁', '随州', '恩施', '仙桃', '潜江', '天门',
        '神农架', '长沙', '株洲', '湘潭', '衡阳', '邵阳', '岳阳', '常德', '张家界', '益阳', '郴州',
        '永州', '怀化', '娄底', '湘西',
        -- 广东 广西 海南
        '广州', '韶关', '深圳', '珠海', '汕头', '佛山', '江门', '湛江', '茂名', '肇庆', '惠州', '梅州',
        '汕尾', '河源', '阳江', '清远', '东莞', '中山', '潮州', '揭阳', '云浮', '南宁', '柳州', '桂林',
        '梧州', '北海', '防城港', '钦州', '贵港', '玉林', '百色', '贺州', '河池', '来宾', '崇左',
        '海口', '三亚', '三沙', '儋州',
        -- 四川 贵州 云南 西藏
        '成都', '自贡', '攀枝花', '泸州', '德阳', '绵阳', '广元', '遂宁', '内江', '乐山', '南充',
        '眉山', '宜宾', '广安', '达州', '雅安', '巴中', '资阳', '阿坝', '甘孜', '凉山', '贵阳',
        '六盘水', '遵义', '安顺', '毕节', '铜仁', '黔西南', '黔东南', '黔南', '昆明', '曲靖', '玉溪',
        '保山', '昭通', '丽江', '普洱', '临沧', '楚雄', '红河', '文山', '西双版纳', '大理', '德宏',
        '怒江', '迪庆', '拉萨', '日喀则', '昌都', '林芝', '山南', '那曲',
        -- 陕西 甘肃 青海 宁夏 新疆
        '西安', '铜川', '宝鸡', '咸阳', '渭南', '延安', '汉中', '榆林', '商洛', '兰州', '嘉峪关',
        '金昌', '天水', '武威', '张掖', '平凉', '酒泉', '庆阳', '定西', '陇南', '临夏', '甘南', '西宁',
        '海东', '海北', '黄南', '果洛', '玉树', '海西', '银川', '石嘴山', '吴忠', '固原', '中卫',
        '乌鲁木齐', '克拉玛依', '吐鲁番', '哈密', '昌吉', '博尔塔拉', '巴音郭楞', '阿克苏', '克孜勒苏',
        '喀什', '和田', '伊犁', '塔城', '阿勒泰', '石河子']
$$;

-- Place names stripped only with their suffix: words or brands that are also places (阿里巴巴,
-- 安康医疗, 白银饰品 stay; 阿里地区, 安康市 go) and the districts of the largest cities (南山区,
-- 浦东新区, 高新区). Inside brackets they go bare too: （中国）, （浦东）.
create or replace function private.place_names_with_suffix_only() returns text[]
    language sql immutable parallel safe
    set search_path = pg_catalog, pg_temp
as $$
    select array['阿里', '安康', '白银', '中国', '高新', '经开',
        '东城', '西城', '海淀', '丰台', '石景山', '通州', '顺义', '昌平', '大兴', '房山', '门头沟',
        '怀柔', '平谷', '密云', '延庆', '黄浦', '徐汇', '长宁', '静安', '普陀', '虹口', '杨浦', '闵行',
        '宝山', '嘉定', '浦东', '金山', '松江', '青浦', '奉贤', '崇明', '越秀', '荔湾', '海珠', '天河',
        '白云', '黄埔', '番禺', '花都', '南沙', '从化', '增城', '福田', '罗湖', '南山', '盐田', '宝安',
        '龙岗', '龙华', '坪山', '光明', '和平', '河东', '河西', '南开', '红桥', '滨海', '东丽', '西青',
        '津南', '北辰', '武清', '宝坻', '渝中', '江北', '沙坪坝', '九龙坡', '南岸', '渝北', '巴南',
        '北碚', '上城', '拱墅', '西湖', '滨江', '萧山', '余杭', '临平', '钱塘', '玄武', '秦淮', '建邺',
        '鼓楼', '雨花台', '栖霞', '江宁', '浦口', '锦江', '青羊', '金牛', '武侯', '成华', '江汉',
        '武昌', '汉阳', '洪山', '雁塔', '碑林', '莲湖', '未央', '思明', '湖里', '历下', '市南', '市北']
$$;

-- The key the duplicate check compares company names on: 深圳市金德饮料有限公司,
-- 金德饮料（深圳）有限公司 and 深圳金德饮料有限公司 all give 金德饮料. Width is folded (NFKC),
-- places in brackets anywhere and places at the start (with or without 省/市/区/县…) are
-- dropped, then punctuation, spaces and legal-form suffixes. The place stays when less than three
-- characters would remain (重庆啤酒 and 青岛啤酒 are two companies, not 啤酒 twice; 上海市 stays).
-- Generated here with the place patterns written in as constants (built from the lists above
-- on every call, they took half of its time). A migration that changes a list runs this block
-- again and re-adds name_key (stored keys do not follow a new function by themselves).
do $do$
declare
    places text := array_to_string(private.place_names(), '|');
    suffixed text := array_to_string(private.place_names_with_suffix_only(), '|');
    admin text := '特别行政区|维吾尔自治区|壮族自治区|回族自治区|自治区|自治州|地区|新区|省|市|盟|州|区|县';
begin
    execute format($fn$
create or replace function private.company_name_key(p_name text) returns text
    language plpgsql immutable parallel safe
    set search_path = pg_catalog, pg_temp
as $body$
declare
    v text := lower(normalize(coalesce(p_name, ''), nfkc));
    core text;
begin
    v := regexp_replace(v, %L, '', 'g');  -- a place in brackets
    v := regexp_replace(v, '[[:space:][:punct:]·，。、“”‘’《》【】「」]+', '', 'g');
    v := regexp_replace(v, '(股份有限公司|有限责任公司|有限公司|集团|公司|coltd|co|ltd|inc|llc|corp)+$', '');
    core := regexp_replace(v, %L, '');  -- places at the start
    return case when char_length(core) >= 3 then core else v end;
end
$body$
$fn$,
        format('\((?:%s|%s)(?:%s)?\)', places, suffixed, admin),
        format('^(?:(?:%s)(?:%s)?|(?:%s)(?:%s))+', places, admin, suffixed, admin));
end
$do$;

alter table sales.customers
    add column if not exists name_key text generated always as (private.company_name_key(name)) stored;
create index if not exists customers_name_key_idx on sales.customers (name_key);

-- ---------------------------------------------------------------------------
-- Rate limit: configuration and per-employee state
-- ---------------------------------------------------------------------------

-- How many duplicate checks a login may make: `burst` within `burst_seconds`, and `daily`
-- within a day (two GCRA buckets). The admin changes them with one UPDATE (see README).
create table if not exists private.duplicate_check_limits (
    one           boolean primary key default true check (one),
    burst         integer not null default 30 check (burst > 0),
    burst_seconds integer not null default 600 check (burst_seconds > 0),
    daily         integer not null default 200 check (daily > 0),
    daily_seconds integer not null default 86400 check (daily_seconds > 0)
);
insert into private.duplicate_check_limits default values on conflict do nothing;
alter table private.duplicate_check_limits enable row level security;  -- no policy: IT (superuser)
alter table private.duplicate_check_limits force row level security;   -- and the owner's helpers only
revoke all on private.duplicate_check_limits from public;

-- Each employee has two sequences: lookup_count_<id> counts the checks answered, and
-- lookup_quota_<id> holds both buckets' theoretical arrival times (seconds since 2025-01-01,
-- 31 bits each). Created with the employee row: a sequence made inside the caller's
-- transaction would vanish with its rollback, and the limit with it.
create or replace function private.create_lookup_quota(p_employee bigint) returns void
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
begin
    execute format('create sequence if not exists private.%I as bigint minvalue 0 start 1',
                   'lookup_count_' || p_employee);
    execute format('create sequence if not exists private.%I as bigint minvalue 0 start 0',
                   'lookup_quota_' || p_employee);
end
$$;

create or replace function private.employee_lookup_quota() returns trigger
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
begin
    if tg_op = 'INSERT' then
        perform private.create_lookup_quota(new.id);
    else
        execute format('drop sequence if exists private.%I, private.%I',
                       'lookup_count_' || old.id, 'lookup_quota_' || old.id);
    end if;
    return null;
end
$$;
drop trigger if exists lookup_quota on sales.employees;
create trigger lookup_quota after insert or delete on sales.employees
    for each row execute function private.employee_lookup_quota();

do $$
declare
    e bigint;
begin
    for e in select id from sales.employees loop
        perform private.create_lookup_quota(e);
    end loop;
end
$$;

-- Takes one duplicate check from the employee's quota and returns how many they have made;
-- SD007 (with the seconds to wait in DETAIL) when a bucket is empty. Concurrent calls of one
-- login queue on an advisory lock, so parallel sessions cannot spend one slot twice.
create or replace function private.take_lookup_quota(p_employee bigint) returns bigint
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    lim private.duplicate_check_limits;
    quota regclass := to_regclass(format('private.%I', 'lookup_quota_' || p_employee));
    counter regclass := to_regclass(format('private.%I', 'lookup_count_' || p_employee));
    mask constant bigint := 2147483647;  -- 31 bits
    now_s bigint := floor(extract(epoch from clock_timestamp() - timestamptz '2025-01-01 00:00:00+00'));
    state bigint;
    burst_tat bigint;
    daily_tat bigint;
    burst_t bigint;
    daily_t bigint;
    wait bigint;
begin
    if quota is null or counter is null then  -- never created here: see create_lookup_quota
        raise exception 'the duplicate check is not set up for this login' using errcode = 'SD007',
            detail = '3600';
    end if;
    perform pg_advisory_xact_lock(hashtext('salesdesk.duplicate_check'), p_employee::integer);
    select * into lim from private.duplicate_check_limits;
    burst_t := ceil(lim.burst_seconds::numeric / lim.burst);
    daily_t := ceil(lim.daily_seconds::numeric / lim.daily);
    execute format('select last_value from %s', quota) into state;
    burst_tat := greatest(state >> 31, now_s);
    daily_tat := greatest(state & mask, now_s);
    wait := greatest(burst_tat + burst_t - now_s - lim.burst_seconds,
                     daily_tat + daily_t - now_s - lim.daily_seconds, 0);
    if wait > 0 then
        raise exception 'too many duplicate checks, try again later' using errcode = 'SD007',
            detail = wait::text;
    end if;
    perform setval(quota, ((burst_tat + burst_t) << 31) | ((daily_tat + daily_t) & mask), true);
    return nextval(counter);
end
$$;

-- Checks made per login (the sequences count them whatever the transactions did), for IT.
create or replace view private.duplicate_check_counts as
    select e.id as employee_id, e.login, coalesce(s.last_value, 0) as checks
    from sales.employees e
        left join pg_catalog.pg_sequences s
            on s.schemaname = 'private' and s.sequencename = 'lookup_count_' || e.id;
revoke all on private.duplicate_check_counts from public;

-- Customers anywhere in the company with this name key or phone. Reads past RLS and tells only
-- ids and holders; the API function shows the details of those the caller may see and, of the
-- others, only who holds them. p_exclude comes from the API only when the caller sees it.
create or replace function private.customer_duplicates(p_name text, p_phone text, p_exclude bigint)
    returns table (id bigint, owner_id bigint, pool_id bigint, archived boolean, on_name boolean,
                   on_phone boolean)
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    me bigint := private.require_employee();
    n_name text := nullif(private.company_name_key(p_name), '');
    n_phone text := private.normalize_phone(p_phone);
begin
    return query
        select c.id, c.owner_id, c.pool_id, c.archived_at is not null,
               coalesce(c.name_key = n_name, false), coalesce(c.phone_norm = n_phone, false)
        from sales.customers c
        where (c.name_key = n_name or c.phone_norm = n_phone)
          and c.id is distinct from p_exclude
        order by c.archived_at is not null, c.id
        limit 20;
end
$$;

revoke all on function private.company_name_key(text), private.place_names(),
    private.place_names_with_suffix_only(), private.create_lookup_quota(bigint),
    private.employee_lookup_quota(), private.take_lookup_quota(bigint) from public;
grant execute on function private.company_name_key(text), private.place_names(),
    private.place_names_with_suffix_only(), private.take_lookup_quota(bigint) to salesdesk_api;

-- The name key is computed, not written: the audit diff leaves it out like name_norm.
update private.record_kinds set derived = derived || array['name_key']
where kind = 'customer' and not 'name_key' = any (derived);

-- ---------------------------------------------------------------------------
-- Phones as Chinese users type them, and mobiles that are mobiles
-- ---------------------------------------------------------------------------
-- The IME's full-width digits, brackets, hyphens and spaces are folded (NFKC) before the rule,
-- and a number may start with its area code in brackets: （021）6000 1234. The client stores
-- the folded form; a psql user's full-width number is accepted as typed (phone_norm folds it).
create or replace function private.valid_phone(p_phone text) returns boolean
    language sql immutable parallel safe
    set search_path = pg_catalog, pg_temp
as $$
    select p_phone is null or (v ~ '^\+?[0-9(][0-9 ()-]{4,29}( 转 [0-9]{1,6})?$'
                               and char_length(regexp_replace(split_part(v, ' 转 ', 1), '\D', '', 'g')) >= 5)
    from (select translate(normalize(p_phone, nfkc), '‐‑–—', '----') as v) n
$$;

-- A mainland mobile: 11 digits starting 13-19, optionally after +86 or 0086, with spaces,
-- hyphens or brackets between the digits (138 0013 8000, +86 138-0013-8000).
create or replace function private.valid_mobile(p_mobile text) returns boolean
    language sql immutable parallel safe
    set search_path = pg_catalog, pg_temp
as $$
    select p_mobile is null or (v ~ '^[0-9+ ()-]+$'
                                and regexp_replace(v, '[ ()-]', '', 'g') ~ '^(\+86|0086)?1[3-9][0-9]{9}$')
    from (select translate(normalize(p_mobile, nfkc), '‐‑–—', '----') as v) n
$$;
revoke all on function private.valid_phone(text), private.valid_mobile(text) from public;
grant execute on function private.valid_phone(text), private.valid_mobile(text) to salesdesk_api;

-- The phone rules only widen (every stored number still passes): validated at once.
alter table sales.customers drop constraint if exists customers_phone_check;
alter table sales.customers add constraint customers_phone_check check (private.valid_phone(phone));
alter table sales.contacts drop constraint if exists contacts_phone_check;
alter table sales.contacts add constraint contacts_phone_check check (private.valid_phone(phone));
-- The mobile rule narrows. New and changed mobiles must pass from now on (NOT VALID still checks
-- every insert and update). Existing rows are validated when they all pass (a fresh install, the
-- demo); a database holding older numbers that do not (a landline or an extension typed as a
-- mobile) keeps them readable rather than lose or guess them: the README tells IT how to list
-- them, fix them and then VALIDATE the constraint.
alter table sales.contacts drop constraint if exists contacts_mobile_check;
alter table sales.contacts add constraint contacts_mobile_check check (private.valid_mobile(mobile)) not valid;
do $$
begin
    if not exists (select 1 from sales.contacts where not private.valid_mobile(mobile)) then
        alter table sales.contacts validate constraint contacts_mobile_check;
    end if;
end
$$;

-- ---------------------------------------------------------------------------
-- The change feed: a share event only for those who may see the record's shares
-- ---------------------------------------------------------------------------
-- A read-share recipient saw every share event of the record (who else got it, when it was
-- taken away), which api.record_shares hides from them. The rule is the shares' own: the
-- share's recipient (its subject) and whoever may hand the record on. Regenerated with every
-- declaration, like the rest of the log policies.
create or replace procedure private.apply_log_policies()
    language plpgsql
    set search_path = pg_catalog, pg_temp
as $$
declare
    by_root text;
    by_kind text;
begin
    select 'case root_kind ' || coalesce(string_agg(format(
               'when %L then exists (select 1 from %s r where r.id = root_id)', kind, table_name),
               ' ' order by kind), '') || ' else false end',
           'case kind ' || coalesce(string_agg(format(
               'when %L then exists (select 1 from %s r where r.id = record_id)', kind, table_name),
               ' ' order by kind), '') || ' else false end'
    into by_root, by_kind
    from private.record_kinds where parent_kind is null;

    drop policy if exists "the audit log is read within scope" on sales.audit_log;
    drop policy if exists "audit entries are read while their record is" on sales.audit_log;
    -- ... except an entry about a share (who got it, until when): it is read by whoever would see
    -- the share itself, its recipient or whoever may hand the record on (else a read-share
    -- recipient, or a peer of the owner, read through the audit the shares api.record_shares hides)
    execute format('create policy "audit entries are read while their record is" on sales.audit_log '
                   'for select to salesdesk_api using ((%s) and (kind <> ''share'' '
                   'or (select private.current_employee_id()) in ((old_values ->> ''employee_id'')::bigint, '
                   '(new_values ->> ''employee_id'')::bigint) '
                   'or (select private.may_hand_on(h.owner_id, h.pool_id) '
                   'from private.record_holder(root_kind, root_id) h)))', by_root);
    drop policy if exists "ownership history is read within scope" on sales.ownership_history;
    drop policy if exists "ownership history is read while its record is" on sales.ownership_history;
    execute format('create policy "ownership history is read while its record is" '
                   'on sales.ownership_history for select to salesdesk_api using (%s)', by_kind);
    drop policy if exists "changes are read while their record is, or by their subject"
        on private.changes;
    execute format('create policy "changes are read while their record is, or by their subject" '
                   'on private.changes for select to salesdesk_api '
                   'using (subject_id = (select private.current_employee_id()) or ((%s) and (kind <> ''share'' '
                   'or (select private.may_hand_on(h.owner_id, h.pool_id) '
                   'from private.record_holder(root_kind, root_id) h))))', by_root);
end
$$;

-- Declarations again (the name key joins customer's derived columns; the log policies above).
do $$
declare
    k private.record_kinds;
begin
    for k in select * from private.record_kinds order by parent_kind is not null, kind loop
        call private.declare_kind(k.kind, k.table_name, k.view_name, k.owner_column, k.pool_column,
                                  k.parent_kind, k.parent_column, k.shares, k.archivable, k.deletable,
                                  k.insertable, k.writable, k.derived, k.sorts, k.filters, k.search);
    end loop;
end
$$;

-- ---------------------------------------------------------------------------
-- Bad input answers with the project's codes (found by tests/test_api_bad_input.py)
-- ---------------------------------------------------------------------------
-- P0002 unless the record is visible; SD004 unless the caller may hand it on (not for a claim);
-- SD005 for a kind that is handed on with its parent (a contact: the hand-on machinery answered
-- 22023 "unknown record kind" from inside).
create or replace function private.hand_on_checked(p_kind text, p_id bigint, p_claim boolean)
    returns void
    language plpgsql stable
    set search_path = pg_catalog, pg_temp
as $$
declare
    r record;
begin
    if (private.kind(p_kind)).parent_kind is not null then
        raise exception 'records of this kind go with their parent' using errcode = 'SD005';
    end if;
    r := private.record_rights(p_kind, p_id);
    if not r.visible then
        raise exception 'record not found' using errcode = 'P0002';
    elsif not p_claim and not r.can_manage then
        raise exception 'not yours to hand on' using errcode = 'SD004';
    end if;
end
$$;

-- ---------------------------------------------------------------------------
-- API
-- ---------------------------------------------------------------------------
reset role;
set local role salesdesk_api;

-- Company-wide duplicate check for a name or phone being entered. Matches the caller may see
-- come with their id and name; of the others only that they exist and who holds them (the
-- owner's name and unit, or the pool). Every call with something to look for takes one check
-- from the login's quota (SD007 when spent, DETAIL = seconds to wait), goes to the server log
-- (kept whatever the transaction does) and to sales.lookup_log (for supervision in the client).
-- A name over 200 or a phone over 40 characters is refused (SD005); p_exclude counts only for a
-- customer the caller sees, so a hidden id and a missing one answer alike.
create or replace function api.customer_duplicates(p_name text, p_phone text default null,
                                                   p_exclude bigint default null)
    returns table (customer_id bigint, name text, phone text, visible boolean, owner_name text,
                   unit_name text, pool_name text, on_name boolean, on_phone boolean, archived boolean)
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    me bigint := private.require_employee();
    checks bigint;
    exclude bigint;
    n_all integer;
    n_hidden integer;
begin
    if char_length(p_name) > 200 or char_length(p_phone) > 40 then
        raise exception 'the name or phone is too long for a duplicate check' using errcode = 'SD005';
    end if;
    if coalesce(private.company_name_key(p_name), '') = '' and private.normalize_phone(p_phone) is null then
        return;  -- nothing to look for: nothing told, nothing counted
    end if;
    begin
        checks := private.take_lookup_quota(me);
    exception when sqlstate 'SD007' then
        raise log 'salesdesk duplicate check refused: login=% employee=% name=% phone=% exclude=%',
            to_json(session_user::text), me, coalesce(to_json(p_name)::text, 'null'),
            coalesce(to_json(p_phone)::text, 'null'), coalesce(p_exclude::text, 'null');
        raise;
    end;
    select c.id into exclude from sales.customers c where c.id = p_exclude;  -- RLS: visible only
    return query
        with found as (select * from private.customer_duplicates(p_name, p_phone, exclude)),
        seen as (select c.id, c.name, c.phone from sales.customers c where c.id in (select found.id from found))
        select s.id, s.name, s.phone, s.id is not null, o.name,
               coalesce(ou.name, pu.name), p.name, f.on_name, f.on_phone, f.archived
        from found f
            left join seen s on s.id = f.id
            left join sales.employees o on o.id = f.owner_id
            left join sales.org_units ou on ou.id = o.unit_id
            left join sales.customer_pools p on p.id = f.pool_id
            left join sales.org_units pu on pu.id = p.unit_id
        order by s.id is null, f.archived, s.name, f.id;
    get diagnostics n_all = row_count;
    select count(*) into n_hidden
    from private.customer_duplicates(p_name, p_phone, exclude) f
    where not exists (select 1 from sales.customers c where c.id = f.id);
    -- JSON quoting: a name with a line break cannot forge a line of the server log
    raise log 'salesdesk duplicate check: login=% employee=% name=% phone=% exclude=% matches=% hidden=% checks=%',
        to_json(session_user::text), me, coalesce(to_json(p_name)::text, 'null'),
        coalesce(to_json(p_phone)::text, 'null'), coalesce(p_exclude::text, 'null'), n_all, n_hidden, checks;
    perform private.log_lookup(p_name, p_phone, n_all, n_hidden);
end
$$;

-- Create a record from the given fields (the declared insertable/writable columns; an owned
-- kind may name its owner or pool, by default the caller owns it). Returns its id. No field at
-- all (a contact from '{}': a syntax error 42601 before) and a value of the wrong type for its
-- column (22P02, 22003, 22007 before) are bad requests, SD005.
create or replace function api.record_create(p_kind text, p_values jsonb) returns bigint
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
    set lock_timeout = '3s'
as $$
declare
    me bigint := private.require_employee();
    k private.record_kinds := private.kind(p_kind);
    v jsonb := coalesce(p_values, '{}');
    cols text[];
    new_id bigint;
begin
    cols := k.insertable || k.writable;
    if k.parent_kind is null then
        cols := cols || k.owner_column || coalesce(k.pool_column, k.owner_column);
        if not v ? k.owner_column and not (k.pool_column is not null and v ? k.pool_column) then
            v := v || jsonb_build_object(k.owner_column, me);
        end if;
    end if;
    perform private.check_columns(v, cols);
    if v = '{}'::jsonb then
        raise exception 'no values to create a record from' using errcode = 'SD005';
    end if;
    begin
        execute format('insert into %1$s (%2$s) select %2$s from jsonb_populate_record(null::%1$s, $1) returning id',
                       k.table_name, (select string_agg(quote_ident(c), ', ') from jsonb_object_keys(v) c))
            into new_id using v;
    exception when data_exception then
        raise exception 'a value does not fit its field' using errcode = 'SD005';
    end;
    return new_id;
end
$$;

-- Save fields of version `p_version` of a record. Returns the new version. A value of the wrong
-- type for its column is a bad request (SD005).
create or replace function api.record_update(p_kind text, p_id bigint, p_version integer, p_values jsonb)
    returns integer
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
    set lock_timeout = '3s'
as $$
declare
    k private.record_kinds;
    current_version integer;
    new_version integer;
begin
    perform private.require_employee();
    k := private.kind(p_kind);
    perform private.check_columns(p_values, k.writable);
    current_version := private.writable_checked(p_kind, p_id, p_version);  -- no lock yet
    if coalesce(p_values, '{}'::jsonb) = '{}'::jsonb then  -- nothing to save (NULL too)
        return current_version;
    end if;
    begin
        execute format('update %1$s t set (%2$s) = (select %2$s from jsonb_populate_record(null::%1$s, $1)) '
                       'where t.id = $2 and ($3::integer is null or t.version = $3) returning t.version',
                       k.table_name, (select string_agg(quote_ident(c), ', ') from jsonb_object_keys(p_values) c))
            into new_version using p_values, p_id, p_version;
    exception when data_exception then
        raise exception 'a value does not fit its field' using errcode = 'SD005';
    end;
    if new_version is null then
        raise exception 'changed by someone else' using errcode = 'SD002';
    end if;
    return new_version;
end
$$;

-- How many records of a kind match a query (up to p_cap). A query that is not an object of the
-- documented shape, or an id filter that is not a number, is a bad request (SD005).
create or replace function api.record_count(p_kind text, p_query jsonb default '{}',
                                            p_cap integer default null)
    returns table (n bigint, exact boolean)
    language plpgsql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
begin
    perform private.require_employee();
    return query select * from private.list_count(p_kind, p_query, least(p_cap, 100000000));
exception when data_exception then
    raise exception 'not a valid query' using errcode = 'SD005';
end
$$;

-- One page of the customer list (see 0007); a malformed query is a bad request (SD005).
create or replace function api.customer_list(p_query jsonb default '{}', p_sort text default 'name',
                                             p_descending boolean default false,
                                             p_after text default null, p_limit integer default 50)
    returns table (id bigint, name text, short_name text, level text, phone text, region text,
                   industry text, credit_limit numeric, owner_id bigint, owner_name text,
                   pool_id bigint, pool_name text, unit_id bigint, unit_name text,
                   primary_contact_name text, primary_contact_mobile text,
                   last_contact_at timestamptz, updated_at timestamptz, archived_at timestamptz,
                   version integer, can_edit boolean, can_manage boolean, access text, cursor text)
    language plpgsql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
begin
    perform private.require_employee();
    return query
        with page as materialized (
            select l.*, row_number() over () as n
            from private.list_page('customer', p_query, p_sort, p_descending, p_after, p_limit) l)
        select r.id, r.name, r.short_name, r.level, r.phone, r.region, r.industry, r.credit_limit,
               r.owner_id, r.owner_name, r.pool_id, r.pool_name, r.unit_id, r.unit_name,
               r.primary_contact_name, r.primary_contact_mobile, r.last_contact_at, r.updated_at,
               r.archived_at, r.version, page.can_edit, page.can_manage, page.access, page.cursor
        from page join api.customer_rows(array(select page.id from page order by page.n)) r
            on r.id = page.id
        order by page.n;
exception when data_exception then
    raise exception 'not a valid query' using errcode = 'SD005';
end
$$;

reset role;
revoke all on all functions in schema api from public;
grant execute on all functions in schema api to salesdesk_user;
