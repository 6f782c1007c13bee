-- private.place_names_with_suffix_only, as every migration in sql/ leaves it.
-- GENERATED from a fresh `init` by `.venv/bin/python installer/tools/current_schema.py`; do not edit.
-- To change it, add the next numbered migration in sql/, then run that command.
-- Written in: 0011_duplicate_check.sql

CREATE OR REPLACE FUNCTION private.place_names_with_suffix_only()
 RETURNS text[]
 LANGUAGE sql
 IMMUTABLE PARALLEL SAFE
 SET search_path TO 'pg_catalog', 'pg_temp'
AS $function$
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
$function$;
alter function private.place_names_with_suffix_only() owner to salesdesk_owner;
grant execute on function private.place_names_with_suffix_only() to salesdesk_api;
