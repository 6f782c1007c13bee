"""The demo company's catalog: what its salespeople sell (IT equipment, software and services).

List and cost prices in yuan (cost is what only positions with see_cost read), tax rates as the
VAT a Chinese invoice carries: 13 % for goods, 6 % for services and software licences.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

CATEGORIES = [("NET", "网络设备"), ("SRV", "服务器与存储"), ("SW", "软件"), ("SVC", "技术服务"),
              ("ACC", "配件耗材")]


@dataclass(frozen=True)
class DemoProduct:
    code: str
    name: str
    specification: str
    unit: str
    list_price: Decimal
    cost_price: Decimal
    tax_rate: Decimal
    category: str  # a CATEGORIES code
    active: bool = True


GOODS, SERVICE = Decimal("0.1300"), Decimal("0.0600")
_ROWS = [
    ("NET-SW24", "24口千兆交换机", "24×GE电口 + 4×10G光口，可网管", "台", "3280.00", "2150.00", GOODS, "NET"),
    ("NET-SW48", "48口千兆交换机", "48×GE电口 + 4×10G光口，三层", "台", "6980.00", "4620.00", GOODS, "NET"),
    ("NET-RT01", "企业级路由器", "双WAN口，VPN 200 并发", "台", "4580.00", "2960.00", GOODS, "NET"),
    ("NET-FW01", "下一代防火墙", "吞吐 5 Gbps，含一年特征库", "台", "18800.00", "11900.00", GOODS, "NET"),
    ("NET-AP01", "无线接入点", "Wi-Fi 6，吸顶式，PoE 供电", "个", "1180.00", "690.00", GOODS, "NET"),
    ("SRV-R220", "机架式服务器", "2U，双路 32 核，256 GB 内存", "台", "45800.00", "33600.00", GOODS, "SRV"),
    ("SRV-T100", "塔式服务器", "单路 16 核，64 GB 内存", "台", "16500.00", "11800.00", GOODS, "SRV"),
    ("SRV-NAS8", "网络存储", "8 盘位，含 8×8 TB 硬盘", "台", "26800.00", "19200.00", GOODS, "SRV"),
    ("SRV-UPS3", "不间断电源", "3 kVA 在线式，后备 30 分钟", "台", "5600.00", "3900.00", GOODS, "SRV"),
    ("SW-ERP", "进销存管理软件", "标准版，10 用户授权", "套", "19800.00", "6000.00", SERVICE, "SW"),
    ("SW-OA", "协同办公软件", "按用户计，一年订阅", "用户/年", "360.00", "120.00", SERVICE, "SW"),
    ("SW-AV", "终端杀毒软件", "企业版，一年授权", "点/年", "98.00", "41.00", SERVICE, "SW"),
    ("SW-BAK", "数据备份软件", "含 1 TB 备份容量", "套", "8800.00", "3500.00", SERVICE, "SW"),
    ("SVC-INST", "上门安装调试", "每台设备，市区内", "次", "800.00", "350.00", SERVICE, "SVC"),
    ("SVC-MNT", "年度维保服务", "7×24 小时响应，4 小时到场", "年", "12000.00", "5400.00", SERVICE, "SVC"),
    ("SVC-TRN", "操作培训", "半天，20 人以内", "场", "2500.00", "900.00", SERVICE, "SVC"),
    ("SVC-NETP", "网络规划咨询", "现场勘察 + 方案设计", "人天", "3000.00", "1500.00", SERVICE, "SVC"),
    ("ACC-CAB6", "六类网线", "305 米/箱，纯铜", "箱", "680.00", "420.00", GOODS, "ACC"),
    ("ACC-SFP", "万兆光模块", "SFP+，多模 300 米", "个", "260.00", "128.00", GOODS, "ACC"),
    ("ACC-RACK", "标准机柜", "42U，600×1000 mm", "台", "2980.00", "1850.00", GOODS, "ACC"),
    ("ACC-HDD", "企业级硬盘", "8 TB，7200 转", "块", "1650.00", "1180.00", GOODS, "ACC"),
]


def products() -> list[DemoProduct]:
    """The catalog, one product no longer sold among them (deactivated, kept for old deals)."""
    found = [DemoProduct(code, name, spec, unit, Decimal(lp), Decimal(cp), tax, cat)
             for code, name, spec, unit, lp, cp, tax, cat in _ROWS]
    found.append(DemoProduct("SRV-T90", "塔式服务器（旧款）", "单路 8 核，32 GB 内存", "台",
                             Decimal("9800.00"), Decimal("7600.00"), GOODS, "SRV", active=False))
    return found
