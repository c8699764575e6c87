/**
 * Place names customers write without their administrative suffix (广州天河区, 广东 广州,
 * "Xuhui District, Shanghai"): provinces, the larger cities and the districts expatriates name
 * most. Only used to tell where an address starts and how far it runs; an address is never
 * accepted on a place name alone.
 */

/** Provincial-level divisions, as written without 省/市/自治区. */
export const ZH_PROVINCES = [
  '北京', '天津', '上海', '重庆', '河北', '山西', '辽宁', '吉林', '黑龙江', '江苏', '浙江', '安徽', '福建', '江西', '山东',
  '河南', '湖北', '湖南', '广东', '海南', '四川', '贵州', '云南', '陕西', '甘肃', '青海', '台湾', '内蒙古', '广西', '西藏',
  '宁夏', '新疆', '香港', '澳门',
];

/** Prefecture-level and large county-level cities customers name without 市. */
export const ZH_CITIES = [
  '广州', '深圳', '杭州', '南京', '苏州', '成都', '武汉', '西安', '长沙', '郑州', '东莞', '佛山', '宁波', '青岛', '厦门',
  '福州', '济南', '合肥', '昆明', '沈阳', '大连', '哈尔滨', '长春', '石家庄', '太原', '南昌', '南宁', '贵阳', '兰州', '海口',
  '三亚', '珠海', '无锡', '常州', '温州', '绍兴', '嘉兴', '金华', '台州', '湖州', '徐州', '南通', '扬州', '烟台', '潍坊',
  '临沂', '泉州', '惠州', '中山', '江门', '汕头', '湛江', '洛阳', '宜昌', '襄阳', '株洲', '岳阳', '芜湖', '保定', '唐山',
  '廊坊', '呼和浩特', '乌鲁木齐', '银川', '西宁', '拉萨', '昆山', '义乌', '柳州', '桂林', '绵阳', '遵义', '赣州', '漳州',
  '镇江', '盐城', '淄博', '威海', '济宁', '邯郸', '秦皇岛', '包头', '鞍山',
];

/** Cities and provinces in pinyin, as expatriates write them. */
export const EN_PLACES = [
  'Beijing', 'Shanghai', 'Guangzhou', 'Shenzhen', 'Hangzhou', 'Nanjing', 'Suzhou', 'Chengdu', 'Wuhan', "Xi'an", 'Xian',
  'Chongqing', 'Tianjin', 'Changsha', 'Zhengzhou', 'Dongguan', 'Foshan', 'Ningbo', 'Qingdao', 'Xiamen', 'Fuzhou', 'Jinan',
  'Hefei', 'Kunming', 'Shenyang', 'Dalian', 'Harbin', 'Changchun', 'Shijiazhuang', 'Taiyuan', 'Nanchang', 'Nanning',
  'Guiyang', 'Lanzhou', 'Haikou', 'Sanya', 'Zhuhai', 'Wuxi', 'Changzhou', 'Wenzhou', 'Shaoxing', 'Jiaxing', 'Huizhou',
  'Hong Kong', 'Macau', 'Macao', 'Kunshan', 'Yiwu',
  'Guangdong', 'Zhejiang', 'Jiangsu', 'Fujian', 'Shandong', 'Henan', 'Hebei', 'Hubei', 'Hunan', 'Sichuan', 'Yunnan',
  'Guizhou', 'Shaanxi', 'Shanxi', 'Anhui', 'Jiangxi', 'Liaoning', 'Jilin', 'Heilongjiang', 'Hainan', 'Gansu', 'Qinghai',
  'Inner Mongolia', 'Guangxi', 'Tibet', 'Ningxia', 'Xinjiang',
  // Districts named without "District" (Pudong, Shanghai).
  'Pudong', 'Puxi', 'Xuhui', "Jing'an", 'Jingan', 'Changning', 'Minhang', 'Huangpu', 'Hongkou', 'Yangpu', 'Chaoyang',
  'Haidian', 'Dongcheng', 'Xicheng', 'Shunyi', 'Tianhe', 'Yuexiu', 'Haizhu', 'Panyu', 'Futian', 'Nanshan', 'Luohu',
  "Bao'an", 'Baoan', 'Longgang', 'Shekou', 'Binjiang', 'Xihu',
];

/**
 * Hong Kong's districts and areas as written in English, some with little words inside ("Ma On
 * Shan", "Tsim Sha Tsui", "Tai Po"): an address there ends in one instead of a postcode.
 */
export const HK_PLACES = [
  'Kowloon', 'New Territories', 'Hong Kong Island', 'Kwun Tong', 'Sha Tin', 'Shatin', 'Tsuen Wan', 'Tuen Mun', 'Yuen Long',
  'Tai Po', 'Mong Kok', 'Tsim Sha Tsui', 'Causeway Bay', 'Wan Chai', 'Quarry Bay', 'Tseung Kwan O', 'Sai Kung', 'Kwai Chung',
  'Sham Shui Po', 'Lai Chi Kok', 'North Point', 'Taikoo Shing', 'Happy Valley', 'Tung Chung', 'Ma On Shan', 'Fanling',
  'Sheung Shui', 'Hung Hom', 'To Kwa Wan', 'Tin Shui Wai', 'Discovery Bay', 'Mid-Levels', 'Sheung Wan', 'Kennedy Town',
  'Chai Wan', 'Shau Kei Wan', 'Ap Lei Chau', 'Tsing Yi', 'Wong Tai Sin', 'Diamond Hill', 'Kowloon Bay', 'Kowloon Tong',
  'Ho Man Tin', 'Yau Ma Tei', 'Kwai Fong', 'Tai Wai', 'Lam Tin', 'Yau Tong', 'Tai Koo',
];
