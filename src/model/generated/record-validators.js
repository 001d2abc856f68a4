// Generated from the zod schema (src/model/schema.ts) by src/model/record-validators-source.ts.
// Do not edit: run `npm run schema`. ajv standalone code first, then zod's output for a valid record.

export const validateEntities = validate20;
const schema31 = {"$id":"urn:linimasa:record:entities","$schema":"https://json-schema.org/draft/2020-12/schema","$ref":"#/$defs/Entity","$defs":{"Entity":{"type":"object","properties":{"id":{"type":"string","maxLength":200,"pattern":"^[a-z0-9][a-z0-9._-]*$"},"type":{"type":"string","enum":["person","organization","place"]},"name":{"type":"string","not":{"const":""}},"aliases":{"type":"array","items":{"type":"string","not":{"const":""}}},"titles":{"type":"array","items":{"type":"object","propertyNames":{"type":"string","pattern":"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$"},"additionalProperties":{"type":"string","not":{"const":""}},"minProperties":1}},"description":{"type":"object","propertyNames":{"type":"string","pattern":"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$"},"additionalProperties":{"type":"string","not":{"const":""}},"minProperties":1},"mentions":{"type":"array","items":{"type":"object","properties":{"article":{"type":"string","maxLength":200,"pattern":"^[a-z0-9][a-z0-9._-]*$"},"start":{"type":"integer","minimum":0,"maximum":9007199254740991},"end":{"type":"integer","minimum":0,"maximum":9007199254740991},"exact":{"type":"string","not":{"const":""}},"prefix":{"type":"string"},"suffix":{"type":"string"}},"required":["start","end","exact"],"additionalProperties":false}}},"required":["id","type","name","description"],"additionalProperties":false}}};
const schema32 = {"type":"object","properties":{"id":{"type":"string","maxLength":200,"pattern":"^[a-z0-9][a-z0-9._-]*$"},"type":{"type":"string","enum":["person","organization","place"]},"name":{"type":"string","not":{"const":""}},"aliases":{"type":"array","items":{"type":"string","not":{"const":""}}},"titles":{"type":"array","items":{"type":"object","propertyNames":{"type":"string","pattern":"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$"},"additionalProperties":{"type":"string","not":{"const":""}},"minProperties":1}},"description":{"type":"object","propertyNames":{"type":"string","pattern":"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$"},"additionalProperties":{"type":"string","not":{"const":""}},"minProperties":1},"mentions":{"type":"array","items":{"type":"object","properties":{"article":{"type":"string","maxLength":200,"pattern":"^[a-z0-9][a-z0-9._-]*$"},"start":{"type":"integer","minimum":0,"maximum":9007199254740991},"end":{"type":"integer","minimum":0,"maximum":9007199254740991},"exact":{"type":"string","not":{"const":""}},"prefix":{"type":"string"},"suffix":{"type":"string"}},"required":["start","end","exact"],"additionalProperties":false}}},"required":["id","type","name","description"],"additionalProperties":false};
const func1 = (function ucs2length(str) {
    const len = str.length;
    let length = 0;
    let pos = 0;
    let value;
    while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 0xd800 && value <= 0xdbff && pos < len) {
            // high surrogate, and there is a next character
            value = str.charCodeAt(pos);
            if ((value & 0xfc00) === 0xdc00)
                pos++; // low surrogate
        }
    }
    return length;
});
const pattern4 = new RegExp("^[a-z0-9][a-z0-9._-]*$", "");
const pattern5 = new RegExp("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$", "");

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:linimasa:record:entities" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
if(errors === _errs0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data.id === undefined) && (missing0 = "id")) || ((data.type === undefined) && (missing0 = "type"))) || ((data.name === undefined) && (missing0 = "name"))) || ((data.description === undefined) && (missing0 = "description"))){
validate20.errors = [{instancePath,schemaPath:"#/$defs/Entity/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
const _errs2 = errors;
for(const key0 in data){
if(!(((((((key0 === "id") || (key0 === "type")) || (key0 === "name")) || (key0 === "aliases")) || (key0 === "titles")) || (key0 === "description")) || (key0 === "mentions"))){
validate20.errors = [{instancePath,schemaPath:"#/$defs/Entity/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs2 === errors){
if(data.id !== undefined){
let data0 = data.id;
const _errs3 = errors;
if(errors === _errs3){
if(typeof data0 === "string"){
if(func1(data0) > 200){
validate20.errors = [{instancePath:instancePath+"/id",schemaPath:"#/$defs/Entity/properties/id/maxLength",keyword:"maxLength",params:{limit: 200}}];
return false;
}
else {
if(!pattern4.test(data0)){
validate20.errors = [{instancePath:instancePath+"/id",schemaPath:"#/$defs/Entity/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9._-]*$"}}];
return false;
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/id",schemaPath:"#/$defs/Entity/properties/id/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid1 = _errs3 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.type !== undefined){
let data1 = data.type;
const _errs5 = errors;
if(typeof data1 !== "string"){
validate20.errors = [{instancePath:instancePath+"/type",schemaPath:"#/$defs/Entity/properties/type/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!(((data1 === "person") || (data1 === "organization")) || (data1 === "place"))){
validate20.errors = [{instancePath:instancePath+"/type",schemaPath:"#/$defs/Entity/properties/type/enum",keyword:"enum",params:{allowedValues: schema32.properties.type.enum}}];
return false;
}
var valid1 = _errs5 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.name !== undefined){
let data2 = data.name;
const _errs7 = errors;
if(typeof data2 !== "string"){
validate20.errors = [{instancePath:instancePath+"/name",schemaPath:"#/$defs/Entity/properties/name/type",keyword:"type",params:{type: "string"}}];
return false;
}
const _errs9 = errors;
const _errs10 = errors;
if("" !== data2){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var valid2 = _errs10 === errors;
if(valid2){
validate20.errors = [{instancePath:instancePath+"/name",schemaPath:"#/$defs/Entity/properties/name/not",keyword:"not",params:{}}];
return false;
}
else {
errors = _errs9;
if(vErrors !== null){
if(_errs9){
vErrors.length = _errs9;
}
else {
vErrors = null;
}
}
}
var valid1 = _errs7 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.aliases !== undefined){
let data3 = data.aliases;
const _errs11 = errors;
if(errors === _errs11){
if(Array.isArray(data3)){
var valid3 = true;
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
const _errs13 = errors;
if(typeof data4 !== "string"){
validate20.errors = [{instancePath:instancePath+"/aliases/" + i0,schemaPath:"#/$defs/Entity/properties/aliases/items/type",keyword:"type",params:{type: "string"}}];
return false;
}
const _errs15 = errors;
const _errs16 = errors;
if("" !== data4){
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var valid4 = _errs16 === errors;
if(valid4){
validate20.errors = [{instancePath:instancePath+"/aliases/" + i0,schemaPath:"#/$defs/Entity/properties/aliases/items/not",keyword:"not",params:{}}];
return false;
}
else {
errors = _errs15;
if(vErrors !== null){
if(_errs15){
vErrors.length = _errs15;
}
else {
vErrors = null;
}
}
}
var valid3 = _errs13 === errors;
if(!valid3){
break;
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/aliases",schemaPath:"#/$defs/Entity/properties/aliases/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid1 = _errs11 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.titles !== undefined){
let data5 = data.titles;
const _errs17 = errors;
if(errors === _errs17){
if(Array.isArray(data5)){
var valid5 = true;
const len1 = data5.length;
for(let i1=0; i1<len1; i1++){
let data6 = data5[i1];
const _errs19 = errors;
if(errors === _errs19){
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(Object.keys(data6).length < 1){
validate20.errors = [{instancePath:instancePath+"/titles/" + i1,schemaPath:"#/$defs/Entity/properties/titles/items/minProperties",keyword:"minProperties",params:{limit: 1}}];
return false;
}
else {
for(const key1 in data6){
const _errs21 = errors;
if(errors === _errs21){
if(typeof key1 === "string"){
if(!pattern5.test(key1)){
const err2 = {instancePath:instancePath+"/titles/" + i1,schemaPath:"#/$defs/Entity/properties/titles/items/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$"},propertyName:key1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/titles/" + i1,schemaPath:"#/$defs/Entity/properties/titles/items/propertyNames/type",keyword:"type",params:{type: "string"},propertyName:key1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
var valid6 = _errs21 === errors;
if(!valid6){
const err4 = {instancePath:instancePath+"/titles/" + i1,schemaPath:"#/$defs/Entity/properties/titles/items/propertyNames",keyword:"propertyNames",params:{propertyName: key1}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
validate20.errors = vErrors;
return false;
break;
}
}
if(valid6){
for(const key2 in data6){
let data7 = data6[key2];
const _errs24 = errors;
if(typeof data7 !== "string"){
validate20.errors = [{instancePath:instancePath+"/titles/" + i1+"/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/Entity/properties/titles/items/additionalProperties/type",keyword:"type",params:{type: "string"}}];
return false;
}
const _errs26 = errors;
const _errs27 = errors;
if("" !== data7){
const err5 = {};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var valid8 = _errs27 === errors;
if(valid8){
validate20.errors = [{instancePath:instancePath+"/titles/" + i1+"/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/Entity/properties/titles/items/additionalProperties/not",keyword:"not",params:{}}];
return false;
}
else {
errors = _errs26;
if(vErrors !== null){
if(_errs26){
vErrors.length = _errs26;
}
else {
vErrors = null;
}
}
}
var valid7 = _errs24 === errors;
if(!valid7){
break;
}
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/titles/" + i1,schemaPath:"#/$defs/Entity/properties/titles/items/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid5 = _errs19 === errors;
if(!valid5){
break;
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/titles",schemaPath:"#/$defs/Entity/properties/titles/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid1 = _errs17 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.description !== undefined){
let data8 = data.description;
const _errs28 = errors;
if(errors === _errs28){
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(Object.keys(data8).length < 1){
validate20.errors = [{instancePath:instancePath+"/description",schemaPath:"#/$defs/Entity/properties/description/minProperties",keyword:"minProperties",params:{limit: 1}}];
return false;
}
else {
for(const key3 in data8){
const _errs30 = errors;
if(errors === _errs30){
if(typeof key3 === "string"){
if(!pattern5.test(key3)){
const err6 = {instancePath:instancePath+"/description",schemaPath:"#/$defs/Entity/properties/description/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$"},propertyName:key3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/description",schemaPath:"#/$defs/Entity/properties/description/propertyNames/type",keyword:"type",params:{type: "string"},propertyName:key3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
var valid9 = _errs30 === errors;
if(!valid9){
const err8 = {instancePath:instancePath+"/description",schemaPath:"#/$defs/Entity/properties/description/propertyNames",keyword:"propertyNames",params:{propertyName: key3}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
validate20.errors = vErrors;
return false;
break;
}
}
if(valid9){
for(const key4 in data8){
let data9 = data8[key4];
const _errs33 = errors;
if(typeof data9 !== "string"){
validate20.errors = [{instancePath:instancePath+"/description/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/Entity/properties/description/additionalProperties/type",keyword:"type",params:{type: "string"}}];
return false;
}
const _errs35 = errors;
const _errs36 = errors;
if("" !== data9){
const err9 = {};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var valid11 = _errs36 === errors;
if(valid11){
validate20.errors = [{instancePath:instancePath+"/description/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/Entity/properties/description/additionalProperties/not",keyword:"not",params:{}}];
return false;
}
else {
errors = _errs35;
if(vErrors !== null){
if(_errs35){
vErrors.length = _errs35;
}
else {
vErrors = null;
}
}
}
var valid10 = _errs33 === errors;
if(!valid10){
break;
}
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/description",schemaPath:"#/$defs/Entity/properties/description/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid1 = _errs28 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.mentions !== undefined){
let data10 = data.mentions;
const _errs37 = errors;
if(errors === _errs37){
if(Array.isArray(data10)){
var valid12 = true;
const len2 = data10.length;
for(let i2=0; i2<len2; i2++){
let data11 = data10[i2];
const _errs39 = errors;
if(errors === _errs39){
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
let missing1;
if((((data11.start === undefined) && (missing1 = "start")) || ((data11.end === undefined) && (missing1 = "end"))) || ((data11.exact === undefined) && (missing1 = "exact"))){
validate20.errors = [{instancePath:instancePath+"/mentions/" + i2,schemaPath:"#/$defs/Entity/properties/mentions/items/required",keyword:"required",params:{missingProperty: missing1}}];
return false;
}
else {
const _errs41 = errors;
for(const key5 in data11){
if(!((((((key5 === "article") || (key5 === "start")) || (key5 === "end")) || (key5 === "exact")) || (key5 === "prefix")) || (key5 === "suffix"))){
validate20.errors = [{instancePath:instancePath+"/mentions/" + i2,schemaPath:"#/$defs/Entity/properties/mentions/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5}}];
return false;
break;
}
}
if(_errs41 === errors){
if(data11.article !== undefined){
let data12 = data11.article;
const _errs42 = errors;
if(errors === _errs42){
if(typeof data12 === "string"){
if(func1(data12) > 200){
validate20.errors = [{instancePath:instancePath+"/mentions/" + i2+"/article",schemaPath:"#/$defs/Entity/properties/mentions/items/properties/article/maxLength",keyword:"maxLength",params:{limit: 200}}];
return false;
}
else {
if(!pattern4.test(data12)){
validate20.errors = [{instancePath:instancePath+"/mentions/" + i2+"/article",schemaPath:"#/$defs/Entity/properties/mentions/items/properties/article/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9._-]*$"}}];
return false;
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/mentions/" + i2+"/article",schemaPath:"#/$defs/Entity/properties/mentions/items/properties/article/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid13 = _errs42 === errors;
}
else {
var valid13 = true;
}
if(valid13){
if(data11.start !== undefined){
let data13 = data11.start;
const _errs44 = errors;
if(!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))){
validate20.errors = [{instancePath:instancePath+"/mentions/" + i2+"/start",schemaPath:"#/$defs/Entity/properties/mentions/items/properties/start/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs44){
if((typeof data13 == "number") && (isFinite(data13))){
if(data13 > 9007199254740991 || isNaN(data13)){
validate20.errors = [{instancePath:instancePath+"/mentions/" + i2+"/start",schemaPath:"#/$defs/Entity/properties/mentions/items/properties/start/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991}}];
return false;
}
else {
if(data13 < 0 || isNaN(data13)){
validate20.errors = [{instancePath:instancePath+"/mentions/" + i2+"/start",schemaPath:"#/$defs/Entity/properties/mentions/items/properties/start/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
}
var valid13 = _errs44 === errors;
}
else {
var valid13 = true;
}
if(valid13){
if(data11.end !== undefined){
let data14 = data11.end;
const _errs46 = errors;
if(!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))){
validate20.errors = [{instancePath:instancePath+"/mentions/" + i2+"/end",schemaPath:"#/$defs/Entity/properties/mentions/items/properties/end/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs46){
if((typeof data14 == "number") && (isFinite(data14))){
if(data14 > 9007199254740991 || isNaN(data14)){
validate20.errors = [{instancePath:instancePath+"/mentions/" + i2+"/end",schemaPath:"#/$defs/Entity/properties/mentions/items/properties/end/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991}}];
return false;
}
else {
if(data14 < 0 || isNaN(data14)){
validate20.errors = [{instancePath:instancePath+"/mentions/" + i2+"/end",schemaPath:"#/$defs/Entity/properties/mentions/items/properties/end/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
}
var valid13 = _errs46 === errors;
}
else {
var valid13 = true;
}
if(valid13){
if(data11.exact !== undefined){
let data15 = data11.exact;
const _errs48 = errors;
if(typeof data15 !== "string"){
validate20.errors = [{instancePath:instancePath+"/mentions/" + i2+"/exact",schemaPath:"#/$defs/Entity/properties/mentions/items/properties/exact/type",keyword:"type",params:{type: "string"}}];
return false;
}
const _errs50 = errors;
const _errs51 = errors;
if("" !== data15){
const err10 = {};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var valid14 = _errs51 === errors;
if(valid14){
validate20.errors = [{instancePath:instancePath+"/mentions/" + i2+"/exact",schemaPath:"#/$defs/Entity/properties/mentions/items/properties/exact/not",keyword:"not",params:{}}];
return false;
}
else {
errors = _errs50;
if(vErrors !== null){
if(_errs50){
vErrors.length = _errs50;
}
else {
vErrors = null;
}
}
}
var valid13 = _errs48 === errors;
}
else {
var valid13 = true;
}
if(valid13){
if(data11.prefix !== undefined){
const _errs52 = errors;
if(typeof data11.prefix !== "string"){
validate20.errors = [{instancePath:instancePath+"/mentions/" + i2+"/prefix",schemaPath:"#/$defs/Entity/properties/mentions/items/properties/prefix/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid13 = _errs52 === errors;
}
else {
var valid13 = true;
}
if(valid13){
if(data11.suffix !== undefined){
const _errs54 = errors;
if(typeof data11.suffix !== "string"){
validate20.errors = [{instancePath:instancePath+"/mentions/" + i2+"/suffix",schemaPath:"#/$defs/Entity/properties/mentions/items/properties/suffix/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid13 = _errs54 === errors;
}
else {
var valid13 = true;
}
}
}
}
}
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/mentions/" + i2,schemaPath:"#/$defs/Entity/properties/mentions/items/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid12 = _errs39 === errors;
if(!valid12){
break;
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/mentions",schemaPath:"#/$defs/Entity/properties/mentions/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid1 = _errs37 === errors;
}
else {
var valid1 = true;
}
}
}
}
}
}
}
}
}
}
else {
validate20.errors = [{instancePath,schemaPath:"#/$defs/Entity/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const validateEvents = validate21;
const schema33 = {"$id":"urn:linimasa:record:events","$schema":"https://json-schema.org/draft/2020-12/schema","$ref":"#/$defs/Event","$defs":{"Event":{"type":"object","properties":{"id":{"type":"string","maxLength":200,"pattern":"^[a-z0-9][a-z0-9._-]*$"},"start":{"type":"string","pattern":"^\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?$"},"end":{"anyOf":[{"type":"string","pattern":"^\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?$"},{"type":"null"}]},"precision":{"type":"string","enum":["day","month","year"]},"certainty":{"type":"string","enum":["stated","inferred"]},"dateEvidence":{"type":"object","properties":{"article":{"type":"string","maxLength":200,"pattern":"^[a-z0-9][a-z0-9._-]*$"},"start":{"type":"integer","minimum":0,"maximum":9007199254740991},"end":{"type":"integer","minimum":0,"maximum":9007199254740991},"exact":{"type":"string","not":{"const":""}},"prefix":{"type":"string"},"suffix":{"type":"string"}},"required":["start","end","exact"],"additionalProperties":false},"dateNote":{"type":"object","propertyNames":{"type":"string","pattern":"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$"},"additionalProperties":{"type":"string","not":{"const":""}},"minProperties":1},"title":{"type":"object","propertyNames":{"type":"string","pattern":"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$"},"additionalProperties":{"type":"string","not":{"const":""}},"minProperties":1},"summary":{"type":"object","propertyNames":{"type":"string","pattern":"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$"},"additionalProperties":{"type":"string","not":{"const":""}},"minProperties":1},"place":{"anyOf":[{"type":"string","maxLength":200,"pattern":"^[a-z0-9][a-z0-9._-]*$"},{"type":"null"}]},"participants":{"type":"array","items":{"$ref":"#/$defs/Participant"}},"evidence":{"minItems":1,"type":"array","items":{"type":"object","properties":{"article":{"type":"string","maxLength":200,"pattern":"^[a-z0-9][a-z0-9._-]*$"},"start":{"type":"integer","minimum":0,"maximum":9007199254740991},"end":{"type":"integer","minimum":0,"maximum":9007199254740991},"exact":{"type":"string","not":{"const":""}},"prefix":{"type":"string"},"suffix":{"type":"string"}},"required":["start","end","exact"],"additionalProperties":false}}},"required":["id","start","precision","certainty","title","summary","evidence"],"additionalProperties":false},"Participant":{"type":"object","properties":{"entity":{"type":"string","maxLength":200,"pattern":"^[a-z0-9][a-z0-9._-]*$"},"role":{"type":"object","propertyNames":{"type":"string","pattern":"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$"},"additionalProperties":{"type":"string","not":{"const":""}},"minProperties":1}},"required":["entity"],"additionalProperties":false}}};
const schema34 = {"type":"object","properties":{"id":{"type":"string","maxLength":200,"pattern":"^[a-z0-9][a-z0-9._-]*$"},"start":{"type":"string","pattern":"^\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?$"},"end":{"anyOf":[{"type":"string","pattern":"^\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?$"},{"type":"null"}]},"precision":{"type":"string","enum":["day","month","year"]},"certainty":{"type":"string","enum":["stated","inferred"]},"dateEvidence":{"type":"object","properties":{"article":{"type":"string","maxLength":200,"pattern":"^[a-z0-9][a-z0-9._-]*$"},"start":{"type":"integer","minimum":0,"maximum":9007199254740991},"end":{"type":"integer","minimum":0,"maximum":9007199254740991},"exact":{"type":"string","not":{"const":""}},"prefix":{"type":"string"},"suffix":{"type":"string"}},"required":["start","end","exact"],"additionalProperties":false},"dateNote":{"type":"object","propertyNames":{"type":"string","pattern":"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$"},"additionalProperties":{"type":"string","not":{"const":""}},"minProperties":1},"title":{"type":"object","propertyNames":{"type":"string","pattern":"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$"},"additionalProperties":{"type":"string","not":{"const":""}},"minProperties":1},"summary":{"type":"object","propertyNames":{"type":"string","pattern":"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$"},"additionalProperties":{"type":"string","not":{"const":""}},"minProperties":1},"place":{"anyOf":[{"type":"string","maxLength":200,"pattern":"^[a-z0-9][a-z0-9._-]*$"},{"type":"null"}]},"participants":{"type":"array","items":{"$ref":"#/$defs/Participant"}},"evidence":{"minItems":1,"type":"array","items":{"type":"object","properties":{"article":{"type":"string","maxLength":200,"pattern":"^[a-z0-9][a-z0-9._-]*$"},"start":{"type":"integer","minimum":0,"maximum":9007199254740991},"end":{"type":"integer","minimum":0,"maximum":9007199254740991},"exact":{"type":"string","not":{"const":""}},"prefix":{"type":"string"},"suffix":{"type":"string"}},"required":["start","end","exact"],"additionalProperties":false}}},"required":["id","start","precision","certainty","title","summary","evidence"],"additionalProperties":false};
const schema35 = {"type":"object","properties":{"entity":{"type":"string","maxLength":200,"pattern":"^[a-z0-9][a-z0-9._-]*$"},"role":{"type":"object","propertyNames":{"type":"string","pattern":"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$"},"additionalProperties":{"type":"string","not":{"const":""}},"minProperties":1}},"required":["entity"],"additionalProperties":false};
const func3 = Object.prototype.hasOwnProperty;
const pattern9 = new RegExp("^\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?$", "");

function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate22.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((((data.id === undefined) && (missing0 = "id")) || ((data.start === undefined) && (missing0 = "start"))) || ((data.precision === undefined) && (missing0 = "precision"))) || ((data.certainty === undefined) && (missing0 = "certainty"))) || ((data.title === undefined) && (missing0 = "title"))) || ((data.summary === undefined) && (missing0 = "summary"))) || ((data.evidence === undefined) && (missing0 = "evidence"))){
validate22.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(func3.call(schema34.properties, key0))){
validate22.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.id !== undefined){
let data0 = data.id;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(func1(data0) > 200){
validate22.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/maxLength",keyword:"maxLength",params:{limit: 200}}];
return false;
}
else {
if(!pattern4.test(data0)){
validate22.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9._-]*$"}}];
return false;
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.start !== undefined){
let data1 = data.start;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data1 === "string"){
if(!pattern9.test(data1)){
validate22.errors = [{instancePath:instancePath+"/start",schemaPath:"#/properties/start/pattern",keyword:"pattern",params:{pattern: "^\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?$"}}];
return false;
}
}
else {
validate22.errors = [{instancePath:instancePath+"/start",schemaPath:"#/properties/start/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.end !== undefined){
let data2 = data.end;
const _errs6 = errors;
const _errs7 = errors;
let valid1 = false;
const _errs8 = errors;
if(errors === _errs8){
if(typeof data2 === "string"){
if(!pattern9.test(data2)){
const err0 = {instancePath:instancePath+"/end",schemaPath:"#/properties/end/anyOf/0/pattern",keyword:"pattern",params:{pattern: "^\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?$"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {instancePath:instancePath+"/end",schemaPath:"#/properties/end/anyOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs8 === errors;
valid1 = valid1 || _valid0;
const _errs10 = errors;
if(data2 !== null){
const err2 = {instancePath:instancePath+"/end",schemaPath:"#/properties/end/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var _valid0 = _errs10 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const err3 = {instancePath:instancePath+"/end",schemaPath:"#/properties/end/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
validate22.errors = vErrors;
return false;
}
else {
errors = _errs7;
if(vErrors !== null){
if(_errs7){
vErrors.length = _errs7;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.precision !== undefined){
let data3 = data.precision;
const _errs12 = errors;
if(typeof data3 !== "string"){
validate22.errors = [{instancePath:instancePath+"/precision",schemaPath:"#/properties/precision/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!(((data3 === "day") || (data3 === "month")) || (data3 === "year"))){
validate22.errors = [{instancePath:instancePath+"/precision",schemaPath:"#/properties/precision/enum",keyword:"enum",params:{allowedValues: schema34.properties.precision.enum}}];
return false;
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.certainty !== undefined){
let data4 = data.certainty;
const _errs14 = errors;
if(typeof data4 !== "string"){
validate22.errors = [{instancePath:instancePath+"/certainty",schemaPath:"#/properties/certainty/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!((data4 === "stated") || (data4 === "inferred"))){
validate22.errors = [{instancePath:instancePath+"/certainty",schemaPath:"#/properties/certainty/enum",keyword:"enum",params:{allowedValues: schema34.properties.certainty.enum}}];
return false;
}
var valid0 = _errs14 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.dateEvidence !== undefined){
let data5 = data.dateEvidence;
const _errs16 = errors;
if(errors === _errs16){
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
let missing1;
if((((data5.start === undefined) && (missing1 = "start")) || ((data5.end === undefined) && (missing1 = "end"))) || ((data5.exact === undefined) && (missing1 = "exact"))){
validate22.errors = [{instancePath:instancePath+"/dateEvidence",schemaPath:"#/properties/dateEvidence/required",keyword:"required",params:{missingProperty: missing1}}];
return false;
}
else {
const _errs18 = errors;
for(const key1 in data5){
if(!((((((key1 === "article") || (key1 === "start")) || (key1 === "end")) || (key1 === "exact")) || (key1 === "prefix")) || (key1 === "suffix"))){
validate22.errors = [{instancePath:instancePath+"/dateEvidence",schemaPath:"#/properties/dateEvidence/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1}}];
return false;
break;
}
}
if(_errs18 === errors){
if(data5.article !== undefined){
let data6 = data5.article;
const _errs19 = errors;
if(errors === _errs19){
if(typeof data6 === "string"){
if(func1(data6) > 200){
validate22.errors = [{instancePath:instancePath+"/dateEvidence/article",schemaPath:"#/properties/dateEvidence/properties/article/maxLength",keyword:"maxLength",params:{limit: 200}}];
return false;
}
else {
if(!pattern4.test(data6)){
validate22.errors = [{instancePath:instancePath+"/dateEvidence/article",schemaPath:"#/properties/dateEvidence/properties/article/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9._-]*$"}}];
return false;
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/dateEvidence/article",schemaPath:"#/properties/dateEvidence/properties/article/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid2 = _errs19 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data5.start !== undefined){
let data7 = data5.start;
const _errs21 = errors;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
validate22.errors = [{instancePath:instancePath+"/dateEvidence/start",schemaPath:"#/properties/dateEvidence/properties/start/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs21){
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 > 9007199254740991 || isNaN(data7)){
validate22.errors = [{instancePath:instancePath+"/dateEvidence/start",schemaPath:"#/properties/dateEvidence/properties/start/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991}}];
return false;
}
else {
if(data7 < 0 || isNaN(data7)){
validate22.errors = [{instancePath:instancePath+"/dateEvidence/start",schemaPath:"#/properties/dateEvidence/properties/start/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
}
var valid2 = _errs21 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data5.end !== undefined){
let data8 = data5.end;
const _errs23 = errors;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
validate22.errors = [{instancePath:instancePath+"/dateEvidence/end",schemaPath:"#/properties/dateEvidence/properties/end/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs23){
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 > 9007199254740991 || isNaN(data8)){
validate22.errors = [{instancePath:instancePath+"/dateEvidence/end",schemaPath:"#/properties/dateEvidence/properties/end/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991}}];
return false;
}
else {
if(data8 < 0 || isNaN(data8)){
validate22.errors = [{instancePath:instancePath+"/dateEvidence/end",schemaPath:"#/properties/dateEvidence/properties/end/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
}
var valid2 = _errs23 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data5.exact !== undefined){
let data9 = data5.exact;
const _errs25 = errors;
if(typeof data9 !== "string"){
validate22.errors = [{instancePath:instancePath+"/dateEvidence/exact",schemaPath:"#/properties/dateEvidence/properties/exact/type",keyword:"type",params:{type: "string"}}];
return false;
}
const _errs27 = errors;
const _errs28 = errors;
if("" !== data9){
const err4 = {};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var valid3 = _errs28 === errors;
if(valid3){
validate22.errors = [{instancePath:instancePath+"/dateEvidence/exact",schemaPath:"#/properties/dateEvidence/properties/exact/not",keyword:"not",params:{}}];
return false;
}
else {
errors = _errs27;
if(vErrors !== null){
if(_errs27){
vErrors.length = _errs27;
}
else {
vErrors = null;
}
}
}
var valid2 = _errs25 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data5.prefix !== undefined){
const _errs29 = errors;
if(typeof data5.prefix !== "string"){
validate22.errors = [{instancePath:instancePath+"/dateEvidence/prefix",schemaPath:"#/properties/dateEvidence/properties/prefix/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid2 = _errs29 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data5.suffix !== undefined){
const _errs31 = errors;
if(typeof data5.suffix !== "string"){
validate22.errors = [{instancePath:instancePath+"/dateEvidence/suffix",schemaPath:"#/properties/dateEvidence/properties/suffix/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid2 = _errs31 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
}
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/dateEvidence",schemaPath:"#/properties/dateEvidence/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid0 = _errs16 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.dateNote !== undefined){
let data12 = data.dateNote;
const _errs33 = errors;
if(errors === _errs33){
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
if(Object.keys(data12).length < 1){
validate22.errors = [{instancePath:instancePath+"/dateNote",schemaPath:"#/properties/dateNote/minProperties",keyword:"minProperties",params:{limit: 1}}];
return false;
}
else {
for(const key2 in data12){
const _errs35 = errors;
if(errors === _errs35){
if(typeof key2 === "string"){
if(!pattern5.test(key2)){
const err5 = {instancePath:instancePath+"/dateNote",schemaPath:"#/properties/dateNote/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$"},propertyName:key2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/dateNote",schemaPath:"#/properties/dateNote/propertyNames/type",keyword:"type",params:{type: "string"},propertyName:key2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
var valid4 = _errs35 === errors;
if(!valid4){
const err7 = {instancePath:instancePath+"/dateNote",schemaPath:"#/properties/dateNote/propertyNames",keyword:"propertyNames",params:{propertyName: key2}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
validate22.errors = vErrors;
return false;
break;
}
}
if(valid4){
for(const key3 in data12){
let data13 = data12[key3];
const _errs38 = errors;
if(typeof data13 !== "string"){
validate22.errors = [{instancePath:instancePath+"/dateNote/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/dateNote/additionalProperties/type",keyword:"type",params:{type: "string"}}];
return false;
}
const _errs40 = errors;
const _errs41 = errors;
if("" !== data13){
const err8 = {};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var valid6 = _errs41 === errors;
if(valid6){
validate22.errors = [{instancePath:instancePath+"/dateNote/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/dateNote/additionalProperties/not",keyword:"not",params:{}}];
return false;
}
else {
errors = _errs40;
if(vErrors !== null){
if(_errs40){
vErrors.length = _errs40;
}
else {
vErrors = null;
}
}
}
var valid5 = _errs38 === errors;
if(!valid5){
break;
}
}
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/dateNote",schemaPath:"#/properties/dateNote/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid0 = _errs33 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.title !== undefined){
let data14 = data.title;
const _errs42 = errors;
if(errors === _errs42){
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
if(Object.keys(data14).length < 1){
validate22.errors = [{instancePath:instancePath+"/title",schemaPath:"#/properties/title/minProperties",keyword:"minProperties",params:{limit: 1}}];
return false;
}
else {
for(const key4 in data14){
const _errs44 = errors;
if(errors === _errs44){
if(typeof key4 === "string"){
if(!pattern5.test(key4)){
const err9 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$"},propertyName:key4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/propertyNames/type",keyword:"type",params:{type: "string"},propertyName:key4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
var valid7 = _errs44 === errors;
if(!valid7){
const err11 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/propertyNames",keyword:"propertyNames",params:{propertyName: key4}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
validate22.errors = vErrors;
return false;
break;
}
}
if(valid7){
for(const key5 in data14){
let data15 = data14[key5];
const _errs47 = errors;
if(typeof data15 !== "string"){
validate22.errors = [{instancePath:instancePath+"/title/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/title/additionalProperties/type",keyword:"type",params:{type: "string"}}];
return false;
}
const _errs49 = errors;
const _errs50 = errors;
if("" !== data15){
const err12 = {};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var valid9 = _errs50 === errors;
if(valid9){
validate22.errors = [{instancePath:instancePath+"/title/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/title/additionalProperties/not",keyword:"not",params:{}}];
return false;
}
else {
errors = _errs49;
if(vErrors !== null){
if(_errs49){
vErrors.length = _errs49;
}
else {
vErrors = null;
}
}
}
var valid8 = _errs47 === errors;
if(!valid8){
break;
}
}
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid0 = _errs42 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.summary !== undefined){
let data16 = data.summary;
const _errs51 = errors;
if(errors === _errs51){
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
if(Object.keys(data16).length < 1){
validate22.errors = [{instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/minProperties",keyword:"minProperties",params:{limit: 1}}];
return false;
}
else {
for(const key6 in data16){
const _errs53 = errors;
if(errors === _errs53){
if(typeof key6 === "string"){
if(!pattern5.test(key6)){
const err13 = {instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$"},propertyName:key6};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/propertyNames/type",keyword:"type",params:{type: "string"},propertyName:key6};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
var valid10 = _errs53 === errors;
if(!valid10){
const err15 = {instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/propertyNames",keyword:"propertyNames",params:{propertyName: key6}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
validate22.errors = vErrors;
return false;
break;
}
}
if(valid10){
for(const key7 in data16){
let data17 = data16[key7];
const _errs56 = errors;
if(typeof data17 !== "string"){
validate22.errors = [{instancePath:instancePath+"/summary/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/summary/additionalProperties/type",keyword:"type",params:{type: "string"}}];
return false;
}
const _errs58 = errors;
const _errs59 = errors;
if("" !== data17){
const err16 = {};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
var valid12 = _errs59 === errors;
if(valid12){
validate22.errors = [{instancePath:instancePath+"/summary/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/summary/additionalProperties/not",keyword:"not",params:{}}];
return false;
}
else {
errors = _errs58;
if(vErrors !== null){
if(_errs58){
vErrors.length = _errs58;
}
else {
vErrors = null;
}
}
}
var valid11 = _errs56 === errors;
if(!valid11){
break;
}
}
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid0 = _errs51 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.place !== undefined){
let data18 = data.place;
const _errs60 = errors;
const _errs61 = errors;
let valid13 = false;
const _errs62 = errors;
if(errors === _errs62){
if(typeof data18 === "string"){
if(func1(data18) > 200){
const err17 = {instancePath:instancePath+"/place",schemaPath:"#/properties/place/anyOf/0/maxLength",keyword:"maxLength",params:{limit: 200}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
else {
if(!pattern4.test(data18)){
const err18 = {instancePath:instancePath+"/place",schemaPath:"#/properties/place/anyOf/0/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9._-]*$"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath:instancePath+"/place",schemaPath:"#/properties/place/anyOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
var _valid1 = _errs62 === errors;
valid13 = valid13 || _valid1;
const _errs64 = errors;
if(data18 !== null){
const err20 = {instancePath:instancePath+"/place",schemaPath:"#/properties/place/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
var _valid1 = _errs64 === errors;
valid13 = valid13 || _valid1;
if(!valid13){
const err21 = {instancePath:instancePath+"/place",schemaPath:"#/properties/place/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
validate22.errors = vErrors;
return false;
}
else {
errors = _errs61;
if(vErrors !== null){
if(_errs61){
vErrors.length = _errs61;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs60 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.participants !== undefined){
let data19 = data.participants;
const _errs66 = errors;
if(errors === _errs66){
if(Array.isArray(data19)){
var valid14 = true;
const len0 = data19.length;
for(let i0=0; i0<len0; i0++){
let data20 = data19[i0];
const _errs68 = errors;
const _errs69 = errors;
if(errors === _errs69){
if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
let missing2;
if((data20.entity === undefined) && (missing2 = "entity")){
validate22.errors = [{instancePath:instancePath+"/participants/" + i0,schemaPath:"#/$defs/Participant/required",keyword:"required",params:{missingProperty: missing2}}];
return false;
}
else {
const _errs71 = errors;
for(const key8 in data20){
if(!((key8 === "entity") || (key8 === "role"))){
validate22.errors = [{instancePath:instancePath+"/participants/" + i0,schemaPath:"#/$defs/Participant/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8}}];
return false;
break;
}
}
if(_errs71 === errors){
if(data20.entity !== undefined){
let data21 = data20.entity;
const _errs72 = errors;
if(errors === _errs72){
if(typeof data21 === "string"){
if(func1(data21) > 200){
validate22.errors = [{instancePath:instancePath+"/participants/" + i0+"/entity",schemaPath:"#/$defs/Participant/properties/entity/maxLength",keyword:"maxLength",params:{limit: 200}}];
return false;
}
else {
if(!pattern4.test(data21)){
validate22.errors = [{instancePath:instancePath+"/participants/" + i0+"/entity",schemaPath:"#/$defs/Participant/properties/entity/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9._-]*$"}}];
return false;
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/participants/" + i0+"/entity",schemaPath:"#/$defs/Participant/properties/entity/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid16 = _errs72 === errors;
}
else {
var valid16 = true;
}
if(valid16){
if(data20.role !== undefined){
let data22 = data20.role;
const _errs74 = errors;
if(errors === _errs74){
if(data22 && typeof data22 == "object" && !Array.isArray(data22)){
if(Object.keys(data22).length < 1){
validate22.errors = [{instancePath:instancePath+"/participants/" + i0+"/role",schemaPath:"#/$defs/Participant/properties/role/minProperties",keyword:"minProperties",params:{limit: 1}}];
return false;
}
else {
for(const key9 in data22){
const _errs76 = errors;
if(errors === _errs76){
if(typeof key9 === "string"){
if(!pattern5.test(key9)){
const err22 = {instancePath:instancePath+"/participants/" + i0+"/role",schemaPath:"#/$defs/Participant/properties/role/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$"},propertyName:key9};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/participants/" + i0+"/role",schemaPath:"#/$defs/Participant/properties/role/propertyNames/type",keyword:"type",params:{type: "string"},propertyName:key9};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
var valid17 = _errs76 === errors;
if(!valid17){
const err24 = {instancePath:instancePath+"/participants/" + i0+"/role",schemaPath:"#/$defs/Participant/properties/role/propertyNames",keyword:"propertyNames",params:{propertyName: key9}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
validate22.errors = vErrors;
return false;
break;
}
}
if(valid17){
for(const key10 in data22){
let data23 = data22[key10];
const _errs79 = errors;
if(typeof data23 !== "string"){
validate22.errors = [{instancePath:instancePath+"/participants/" + i0+"/role/" + key10.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/Participant/properties/role/additionalProperties/type",keyword:"type",params:{type: "string"}}];
return false;
}
const _errs81 = errors;
const _errs82 = errors;
if("" !== data23){
const err25 = {};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
var valid19 = _errs82 === errors;
if(valid19){
validate22.errors = [{instancePath:instancePath+"/participants/" + i0+"/role/" + key10.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/Participant/properties/role/additionalProperties/not",keyword:"not",params:{}}];
return false;
}
else {
errors = _errs81;
if(vErrors !== null){
if(_errs81){
vErrors.length = _errs81;
}
else {
vErrors = null;
}
}
}
var valid18 = _errs79 === errors;
if(!valid18){
break;
}
}
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/participants/" + i0+"/role",schemaPath:"#/$defs/Participant/properties/role/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid16 = _errs74 === errors;
}
else {
var valid16 = true;
}
}
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/participants/" + i0,schemaPath:"#/$defs/Participant/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid14 = _errs68 === errors;
if(!valid14){
break;
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/participants",schemaPath:"#/properties/participants/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs66 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.evidence !== undefined){
let data24 = data.evidence;
const _errs83 = errors;
if(errors === _errs83){
if(Array.isArray(data24)){
if(data24.length < 1){
validate22.errors = [{instancePath:instancePath+"/evidence",schemaPath:"#/properties/evidence/minItems",keyword:"minItems",params:{limit: 1}}];
return false;
}
else {
var valid20 = true;
const len1 = data24.length;
for(let i1=0; i1<len1; i1++){
let data25 = data24[i1];
const _errs85 = errors;
if(errors === _errs85){
if(data25 && typeof data25 == "object" && !Array.isArray(data25)){
let missing3;
if((((data25.start === undefined) && (missing3 = "start")) || ((data25.end === undefined) && (missing3 = "end"))) || ((data25.exact === undefined) && (missing3 = "exact"))){
validate22.errors = [{instancePath:instancePath+"/evidence/" + i1,schemaPath:"#/properties/evidence/items/required",keyword:"required",params:{missingProperty: missing3}}];
return false;
}
else {
const _errs87 = errors;
for(const key11 in data25){
if(!((((((key11 === "article") || (key11 === "start")) || (key11 === "end")) || (key11 === "exact")) || (key11 === "prefix")) || (key11 === "suffix"))){
validate22.errors = [{instancePath:instancePath+"/evidence/" + i1,schemaPath:"#/properties/evidence/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11}}];
return false;
break;
}
}
if(_errs87 === errors){
if(data25.article !== undefined){
let data26 = data25.article;
const _errs88 = errors;
if(errors === _errs88){
if(typeof data26 === "string"){
if(func1(data26) > 200){
validate22.errors = [{instancePath:instancePath+"/evidence/" + i1+"/article",schemaPath:"#/properties/evidence/items/properties/article/maxLength",keyword:"maxLength",params:{limit: 200}}];
return false;
}
else {
if(!pattern4.test(data26)){
validate22.errors = [{instancePath:instancePath+"/evidence/" + i1+"/article",schemaPath:"#/properties/evidence/items/properties/article/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9._-]*$"}}];
return false;
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/evidence/" + i1+"/article",schemaPath:"#/properties/evidence/items/properties/article/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid21 = _errs88 === errors;
}
else {
var valid21 = true;
}
if(valid21){
if(data25.start !== undefined){
let data27 = data25.start;
const _errs90 = errors;
if(!(((typeof data27 == "number") && (!(data27 % 1) && !isNaN(data27))) && (isFinite(data27)))){
validate22.errors = [{instancePath:instancePath+"/evidence/" + i1+"/start",schemaPath:"#/properties/evidence/items/properties/start/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs90){
if((typeof data27 == "number") && (isFinite(data27))){
if(data27 > 9007199254740991 || isNaN(data27)){
validate22.errors = [{instancePath:instancePath+"/evidence/" + i1+"/start",schemaPath:"#/properties/evidence/items/properties/start/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991}}];
return false;
}
else {
if(data27 < 0 || isNaN(data27)){
validate22.errors = [{instancePath:instancePath+"/evidence/" + i1+"/start",schemaPath:"#/properties/evidence/items/properties/start/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
}
var valid21 = _errs90 === errors;
}
else {
var valid21 = true;
}
if(valid21){
if(data25.end !== undefined){
let data28 = data25.end;
const _errs92 = errors;
if(!(((typeof data28 == "number") && (!(data28 % 1) && !isNaN(data28))) && (isFinite(data28)))){
validate22.errors = [{instancePath:instancePath+"/evidence/" + i1+"/end",schemaPath:"#/properties/evidence/items/properties/end/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs92){
if((typeof data28 == "number") && (isFinite(data28))){
if(data28 > 9007199254740991 || isNaN(data28)){
validate22.errors = [{instancePath:instancePath+"/evidence/" + i1+"/end",schemaPath:"#/properties/evidence/items/properties/end/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991}}];
return false;
}
else {
if(data28 < 0 || isNaN(data28)){
validate22.errors = [{instancePath:instancePath+"/evidence/" + i1+"/end",schemaPath:"#/properties/evidence/items/properties/end/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
}
var valid21 = _errs92 === errors;
}
else {
var valid21 = true;
}
if(valid21){
if(data25.exact !== undefined){
let data29 = data25.exact;
const _errs94 = errors;
if(typeof data29 !== "string"){
validate22.errors = [{instancePath:instancePath+"/evidence/" + i1+"/exact",schemaPath:"#/properties/evidence/items/properties/exact/type",keyword:"type",params:{type: "string"}}];
return false;
}
const _errs96 = errors;
const _errs97 = errors;
if("" !== data29){
const err26 = {};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
var valid22 = _errs97 === errors;
if(valid22){
validate22.errors = [{instancePath:instancePath+"/evidence/" + i1+"/exact",schemaPath:"#/properties/evidence/items/properties/exact/not",keyword:"not",params:{}}];
return false;
}
else {
errors = _errs96;
if(vErrors !== null){
if(_errs96){
vErrors.length = _errs96;
}
else {
vErrors = null;
}
}
}
var valid21 = _errs94 === errors;
}
else {
var valid21 = true;
}
if(valid21){
if(data25.prefix !== undefined){
const _errs98 = errors;
if(typeof data25.prefix !== "string"){
validate22.errors = [{instancePath:instancePath+"/evidence/" + i1+"/prefix",schemaPath:"#/properties/evidence/items/properties/prefix/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid21 = _errs98 === errors;
}
else {
var valid21 = true;
}
if(valid21){
if(data25.suffix !== undefined){
const _errs100 = errors;
if(typeof data25.suffix !== "string"){
validate22.errors = [{instancePath:instancePath+"/evidence/" + i1+"/suffix",schemaPath:"#/properties/evidence/items/properties/suffix/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid21 = _errs100 === errors;
}
else {
var valid21 = true;
}
}
}
}
}
}
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/evidence/" + i1,schemaPath:"#/properties/evidence/items/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid20 = _errs85 === errors;
if(!valid20){
break;
}
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/evidence",schemaPath:"#/properties/evidence/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs83 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate22.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate22.errors = vErrors;
return errors === 0;
}
validate22.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:linimasa:record:events" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate21.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate22(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
validate21.errors = vErrors;
return errors === 0;
}
validate21.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const validateQuotes = validate24;
const schema36 = {"$id":"urn:linimasa:record:quotes","$schema":"https://json-schema.org/draft/2020-12/schema","$ref":"#/$defs/Quote","$defs":{"Quote":{"type":"object","properties":{"id":{"type":"string","maxLength":200,"pattern":"^[a-z0-9][a-z0-9._-]*$"},"text":{"type":"string","not":{"const":""}},"speaker":{"type":"string","maxLength":200,"pattern":"^[a-z0-9][a-z0-9._-]*$"},"event":{"anyOf":[{"type":"string","maxLength":200,"pattern":"^[a-z0-9][a-z0-9._-]*$"},{"type":"null"}]},"about":{"type":"array","items":{"type":"string","maxLength":200,"pattern":"^[a-z0-9][a-z0-9._-]*$"}},"gloss":{"type":"object","propertyNames":{"type":"string","pattern":"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$"},"additionalProperties":{"type":"string","not":{"const":""}},"minProperties":1},"evidence":{"type":"object","properties":{"article":{"type":"string","maxLength":200,"pattern":"^[a-z0-9][a-z0-9._-]*$"},"start":{"type":"integer","minimum":0,"maximum":9007199254740991},"end":{"type":"integer","minimum":0,"maximum":9007199254740991},"exact":{"type":"string","not":{"const":""}},"prefix":{"type":"string"},"suffix":{"type":"string"}},"required":["start","end","exact"],"additionalProperties":false},"attribution":{"type":"object","properties":{"article":{"type":"string","maxLength":200,"pattern":"^[a-z0-9][a-z0-9._-]*$"},"start":{"type":"integer","minimum":0,"maximum":9007199254740991},"end":{"type":"integer","minimum":0,"maximum":9007199254740991},"exact":{"type":"string","not":{"const":""}},"prefix":{"type":"string"},"suffix":{"type":"string"}},"required":["start","end","exact"],"additionalProperties":false},"otherSources":{"type":"array","items":{"$ref":"#/$defs/QuotePrinting"}}},"required":["id","text","speaker","event","gloss","evidence"],"additionalProperties":false},"QuotePrinting":{"type":"object","properties":{"evidence":{"type":"object","properties":{"article":{"type":"string","maxLength":200,"pattern":"^[a-z0-9][a-z0-9._-]*$"},"start":{"type":"integer","minimum":0,"maximum":9007199254740991},"end":{"type":"integer","minimum":0,"maximum":9007199254740991},"exact":{"type":"string","not":{"const":""}},"prefix":{"type":"string"},"suffix":{"type":"string"}},"required":["start","end","exact"],"additionalProperties":false},"attribution":{"type":"object","properties":{"article":{"type":"string","maxLength":200,"pattern":"^[a-z0-9][a-z0-9._-]*$"},"start":{"type":"integer","minimum":0,"maximum":9007199254740991},"end":{"type":"integer","minimum":0,"maximum":9007199254740991},"exact":{"type":"string","not":{"const":""}},"prefix":{"type":"string"},"suffix":{"type":"string"}},"required":["start","end","exact"],"additionalProperties":false}},"required":["evidence"],"additionalProperties":false}}};
const schema37 = {"type":"object","properties":{"id":{"type":"string","maxLength":200,"pattern":"^[a-z0-9][a-z0-9._-]*$"},"text":{"type":"string","not":{"const":""}},"speaker":{"type":"string","maxLength":200,"pattern":"^[a-z0-9][a-z0-9._-]*$"},"event":{"anyOf":[{"type":"string","maxLength":200,"pattern":"^[a-z0-9][a-z0-9._-]*$"},{"type":"null"}]},"about":{"type":"array","items":{"type":"string","maxLength":200,"pattern":"^[a-z0-9][a-z0-9._-]*$"}},"gloss":{"type":"object","propertyNames":{"type":"string","pattern":"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$"},"additionalProperties":{"type":"string","not":{"const":""}},"minProperties":1},"evidence":{"type":"object","properties":{"article":{"type":"string","maxLength":200,"pattern":"^[a-z0-9][a-z0-9._-]*$"},"start":{"type":"integer","minimum":0,"maximum":9007199254740991},"end":{"type":"integer","minimum":0,"maximum":9007199254740991},"exact":{"type":"string","not":{"const":""}},"prefix":{"type":"string"},"suffix":{"type":"string"}},"required":["start","end","exact"],"additionalProperties":false},"attribution":{"type":"object","properties":{"article":{"type":"string","maxLength":200,"pattern":"^[a-z0-9][a-z0-9._-]*$"},"start":{"type":"integer","minimum":0,"maximum":9007199254740991},"end":{"type":"integer","minimum":0,"maximum":9007199254740991},"exact":{"type":"string","not":{"const":""}},"prefix":{"type":"string"},"suffix":{"type":"string"}},"required":["start","end","exact"],"additionalProperties":false},"otherSources":{"type":"array","items":{"$ref":"#/$defs/QuotePrinting"}}},"required":["id","text","speaker","event","gloss","evidence"],"additionalProperties":false};
const schema38 = {"type":"object","properties":{"evidence":{"type":"object","properties":{"article":{"type":"string","maxLength":200,"pattern":"^[a-z0-9][a-z0-9._-]*$"},"start":{"type":"integer","minimum":0,"maximum":9007199254740991},"end":{"type":"integer","minimum":0,"maximum":9007199254740991},"exact":{"type":"string","not":{"const":""}},"prefix":{"type":"string"},"suffix":{"type":"string"}},"required":["start","end","exact"],"additionalProperties":false},"attribution":{"type":"object","properties":{"article":{"type":"string","maxLength":200,"pattern":"^[a-z0-9][a-z0-9._-]*$"},"start":{"type":"integer","minimum":0,"maximum":9007199254740991},"end":{"type":"integer","minimum":0,"maximum":9007199254740991},"exact":{"type":"string","not":{"const":""}},"prefix":{"type":"string"},"suffix":{"type":"string"}},"required":["start","end","exact"],"additionalProperties":false}},"required":["evidence"],"additionalProperties":false};

function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate25.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((((data.id === undefined) && (missing0 = "id")) || ((data.text === undefined) && (missing0 = "text"))) || ((data.speaker === undefined) && (missing0 = "speaker"))) || ((data.event === undefined) && (missing0 = "event"))) || ((data.gloss === undefined) && (missing0 = "gloss"))) || ((data.evidence === undefined) && (missing0 = "evidence"))){
validate25.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(func3.call(schema37.properties, key0))){
validate25.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.id !== undefined){
let data0 = data.id;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(func1(data0) > 200){
validate25.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/maxLength",keyword:"maxLength",params:{limit: 200}}];
return false;
}
else {
if(!pattern4.test(data0)){
validate25.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9._-]*$"}}];
return false;
}
}
}
else {
validate25.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.text !== undefined){
let data1 = data.text;
const _errs4 = errors;
if(typeof data1 !== "string"){
validate25.errors = [{instancePath:instancePath+"/text",schemaPath:"#/properties/text/type",keyword:"type",params:{type: "string"}}];
return false;
}
const _errs6 = errors;
const _errs7 = errors;
if("" !== data1){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var valid1 = _errs7 === errors;
if(valid1){
validate25.errors = [{instancePath:instancePath+"/text",schemaPath:"#/properties/text/not",keyword:"not",params:{}}];
return false;
}
else {
errors = _errs6;
if(vErrors !== null){
if(_errs6){
vErrors.length = _errs6;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.speaker !== undefined){
let data2 = data.speaker;
const _errs8 = errors;
if(errors === _errs8){
if(typeof data2 === "string"){
if(func1(data2) > 200){
validate25.errors = [{instancePath:instancePath+"/speaker",schemaPath:"#/properties/speaker/maxLength",keyword:"maxLength",params:{limit: 200}}];
return false;
}
else {
if(!pattern4.test(data2)){
validate25.errors = [{instancePath:instancePath+"/speaker",schemaPath:"#/properties/speaker/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9._-]*$"}}];
return false;
}
}
}
else {
validate25.errors = [{instancePath:instancePath+"/speaker",schemaPath:"#/properties/speaker/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.event !== undefined){
let data3 = data.event;
const _errs10 = errors;
const _errs11 = errors;
let valid2 = false;
const _errs12 = errors;
if(errors === _errs12){
if(typeof data3 === "string"){
if(func1(data3) > 200){
const err1 = {instancePath:instancePath+"/event",schemaPath:"#/properties/event/anyOf/0/maxLength",keyword:"maxLength",params:{limit: 200}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
else {
if(!pattern4.test(data3)){
const err2 = {instancePath:instancePath+"/event",schemaPath:"#/properties/event/anyOf/0/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9._-]*$"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
else {
const err3 = {instancePath:instancePath+"/event",schemaPath:"#/properties/event/anyOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
var _valid0 = _errs12 === errors;
valid2 = valid2 || _valid0;
const _errs14 = errors;
if(data3 !== null){
const err4 = {instancePath:instancePath+"/event",schemaPath:"#/properties/event/anyOf/1/type",keyword:"type",params:{type: "null"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid0 = _errs14 === errors;
valid2 = valid2 || _valid0;
if(!valid2){
const err5 = {instancePath:instancePath+"/event",schemaPath:"#/properties/event/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
validate25.errors = vErrors;
return false;
}
else {
errors = _errs11;
if(vErrors !== null){
if(_errs11){
vErrors.length = _errs11;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.about !== undefined){
let data4 = data.about;
const _errs16 = errors;
if(errors === _errs16){
if(Array.isArray(data4)){
var valid3 = true;
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
let data5 = data4[i0];
const _errs18 = errors;
if(errors === _errs18){
if(typeof data5 === "string"){
if(func1(data5) > 200){
validate25.errors = [{instancePath:instancePath+"/about/" + i0,schemaPath:"#/properties/about/items/maxLength",keyword:"maxLength",params:{limit: 200}}];
return false;
}
else {
if(!pattern4.test(data5)){
validate25.errors = [{instancePath:instancePath+"/about/" + i0,schemaPath:"#/properties/about/items/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9._-]*$"}}];
return false;
}
}
}
else {
validate25.errors = [{instancePath:instancePath+"/about/" + i0,schemaPath:"#/properties/about/items/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid3 = _errs18 === errors;
if(!valid3){
break;
}
}
}
else {
validate25.errors = [{instancePath:instancePath+"/about",schemaPath:"#/properties/about/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs16 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.gloss !== undefined){
let data6 = data.gloss;
const _errs20 = errors;
if(errors === _errs20){
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(Object.keys(data6).length < 1){
validate25.errors = [{instancePath:instancePath+"/gloss",schemaPath:"#/properties/gloss/minProperties",keyword:"minProperties",params:{limit: 1}}];
return false;
}
else {
for(const key1 in data6){
const _errs22 = errors;
if(errors === _errs22){
if(typeof key1 === "string"){
if(!pattern5.test(key1)){
const err6 = {instancePath:instancePath+"/gloss",schemaPath:"#/properties/gloss/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$"},propertyName:key1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/gloss",schemaPath:"#/properties/gloss/propertyNames/type",keyword:"type",params:{type: "string"},propertyName:key1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
var valid4 = _errs22 === errors;
if(!valid4){
const err8 = {instancePath:instancePath+"/gloss",schemaPath:"#/properties/gloss/propertyNames",keyword:"propertyNames",params:{propertyName: key1}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
validate25.errors = vErrors;
return false;
break;
}
}
if(valid4){
for(const key2 in data6){
let data7 = data6[key2];
const _errs25 = errors;
if(typeof data7 !== "string"){
validate25.errors = [{instancePath:instancePath+"/gloss/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/gloss/additionalProperties/type",keyword:"type",params:{type: "string"}}];
return false;
}
const _errs27 = errors;
const _errs28 = errors;
if("" !== data7){
const err9 = {};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var valid6 = _errs28 === errors;
if(valid6){
validate25.errors = [{instancePath:instancePath+"/gloss/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/gloss/additionalProperties/not",keyword:"not",params:{}}];
return false;
}
else {
errors = _errs27;
if(vErrors !== null){
if(_errs27){
vErrors.length = _errs27;
}
else {
vErrors = null;
}
}
}
var valid5 = _errs25 === errors;
if(!valid5){
break;
}
}
}
}
}
else {
validate25.errors = [{instancePath:instancePath+"/gloss",schemaPath:"#/properties/gloss/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid0 = _errs20 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.evidence !== undefined){
let data8 = data.evidence;
const _errs29 = errors;
if(errors === _errs29){
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
let missing1;
if((((data8.start === undefined) && (missing1 = "start")) || ((data8.end === undefined) && (missing1 = "end"))) || ((data8.exact === undefined) && (missing1 = "exact"))){
validate25.errors = [{instancePath:instancePath+"/evidence",schemaPath:"#/properties/evidence/required",keyword:"required",params:{missingProperty: missing1}}];
return false;
}
else {
const _errs31 = errors;
for(const key3 in data8){
if(!((((((key3 === "article") || (key3 === "start")) || (key3 === "end")) || (key3 === "exact")) || (key3 === "prefix")) || (key3 === "suffix"))){
validate25.errors = [{instancePath:instancePath+"/evidence",schemaPath:"#/properties/evidence/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3}}];
return false;
break;
}
}
if(_errs31 === errors){
if(data8.article !== undefined){
let data9 = data8.article;
const _errs32 = errors;
if(errors === _errs32){
if(typeof data9 === "string"){
if(func1(data9) > 200){
validate25.errors = [{instancePath:instancePath+"/evidence/article",schemaPath:"#/properties/evidence/properties/article/maxLength",keyword:"maxLength",params:{limit: 200}}];
return false;
}
else {
if(!pattern4.test(data9)){
validate25.errors = [{instancePath:instancePath+"/evidence/article",schemaPath:"#/properties/evidence/properties/article/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9._-]*$"}}];
return false;
}
}
}
else {
validate25.errors = [{instancePath:instancePath+"/evidence/article",schemaPath:"#/properties/evidence/properties/article/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid7 = _errs32 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data8.start !== undefined){
let data10 = data8.start;
const _errs34 = errors;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
validate25.errors = [{instancePath:instancePath+"/evidence/start",schemaPath:"#/properties/evidence/properties/start/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs34){
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 > 9007199254740991 || isNaN(data10)){
validate25.errors = [{instancePath:instancePath+"/evidence/start",schemaPath:"#/properties/evidence/properties/start/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991}}];
return false;
}
else {
if(data10 < 0 || isNaN(data10)){
validate25.errors = [{instancePath:instancePath+"/evidence/start",schemaPath:"#/properties/evidence/properties/start/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
}
var valid7 = _errs34 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data8.end !== undefined){
let data11 = data8.end;
const _errs36 = errors;
if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){
validate25.errors = [{instancePath:instancePath+"/evidence/end",schemaPath:"#/properties/evidence/properties/end/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs36){
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 > 9007199254740991 || isNaN(data11)){
validate25.errors = [{instancePath:instancePath+"/evidence/end",schemaPath:"#/properties/evidence/properties/end/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991}}];
return false;
}
else {
if(data11 < 0 || isNaN(data11)){
validate25.errors = [{instancePath:instancePath+"/evidence/end",schemaPath:"#/properties/evidence/properties/end/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
}
var valid7 = _errs36 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data8.exact !== undefined){
let data12 = data8.exact;
const _errs38 = errors;
if(typeof data12 !== "string"){
validate25.errors = [{instancePath:instancePath+"/evidence/exact",schemaPath:"#/properties/evidence/properties/exact/type",keyword:"type",params:{type: "string"}}];
return false;
}
const _errs40 = errors;
const _errs41 = errors;
if("" !== data12){
const err10 = {};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var valid8 = _errs41 === errors;
if(valid8){
validate25.errors = [{instancePath:instancePath+"/evidence/exact",schemaPath:"#/properties/evidence/properties/exact/not",keyword:"not",params:{}}];
return false;
}
else {
errors = _errs40;
if(vErrors !== null){
if(_errs40){
vErrors.length = _errs40;
}
else {
vErrors = null;
}
}
}
var valid7 = _errs38 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data8.prefix !== undefined){
const _errs42 = errors;
if(typeof data8.prefix !== "string"){
validate25.errors = [{instancePath:instancePath+"/evidence/prefix",schemaPath:"#/properties/evidence/properties/prefix/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid7 = _errs42 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data8.suffix !== undefined){
const _errs44 = errors;
if(typeof data8.suffix !== "string"){
validate25.errors = [{instancePath:instancePath+"/evidence/suffix",schemaPath:"#/properties/evidence/properties/suffix/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid7 = _errs44 === errors;
}
else {
var valid7 = true;
}
}
}
}
}
}
}
}
}
else {
validate25.errors = [{instancePath:instancePath+"/evidence",schemaPath:"#/properties/evidence/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid0 = _errs29 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.attribution !== undefined){
let data15 = data.attribution;
const _errs46 = errors;
if(errors === _errs46){
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
let missing2;
if((((data15.start === undefined) && (missing2 = "start")) || ((data15.end === undefined) && (missing2 = "end"))) || ((data15.exact === undefined) && (missing2 = "exact"))){
validate25.errors = [{instancePath:instancePath+"/attribution",schemaPath:"#/properties/attribution/required",keyword:"required",params:{missingProperty: missing2}}];
return false;
}
else {
const _errs48 = errors;
for(const key4 in data15){
if(!((((((key4 === "article") || (key4 === "start")) || (key4 === "end")) || (key4 === "exact")) || (key4 === "prefix")) || (key4 === "suffix"))){
validate25.errors = [{instancePath:instancePath+"/attribution",schemaPath:"#/properties/attribution/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4}}];
return false;
break;
}
}
if(_errs48 === errors){
if(data15.article !== undefined){
let data16 = data15.article;
const _errs49 = errors;
if(errors === _errs49){
if(typeof data16 === "string"){
if(func1(data16) > 200){
validate25.errors = [{instancePath:instancePath+"/attribution/article",schemaPath:"#/properties/attribution/properties/article/maxLength",keyword:"maxLength",params:{limit: 200}}];
return false;
}
else {
if(!pattern4.test(data16)){
validate25.errors = [{instancePath:instancePath+"/attribution/article",schemaPath:"#/properties/attribution/properties/article/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9._-]*$"}}];
return false;
}
}
}
else {
validate25.errors = [{instancePath:instancePath+"/attribution/article",schemaPath:"#/properties/attribution/properties/article/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid9 = _errs49 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data15.start !== undefined){
let data17 = data15.start;
const _errs51 = errors;
if(!(((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17))) && (isFinite(data17)))){
validate25.errors = [{instancePath:instancePath+"/attribution/start",schemaPath:"#/properties/attribution/properties/start/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs51){
if((typeof data17 == "number") && (isFinite(data17))){
if(data17 > 9007199254740991 || isNaN(data17)){
validate25.errors = [{instancePath:instancePath+"/attribution/start",schemaPath:"#/properties/attribution/properties/start/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991}}];
return false;
}
else {
if(data17 < 0 || isNaN(data17)){
validate25.errors = [{instancePath:instancePath+"/attribution/start",schemaPath:"#/properties/attribution/properties/start/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
}
var valid9 = _errs51 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data15.end !== undefined){
let data18 = data15.end;
const _errs53 = errors;
if(!(((typeof data18 == "number") && (!(data18 % 1) && !isNaN(data18))) && (isFinite(data18)))){
validate25.errors = [{instancePath:instancePath+"/attribution/end",schemaPath:"#/properties/attribution/properties/end/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs53){
if((typeof data18 == "number") && (isFinite(data18))){
if(data18 > 9007199254740991 || isNaN(data18)){
validate25.errors = [{instancePath:instancePath+"/attribution/end",schemaPath:"#/properties/attribution/properties/end/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991}}];
return false;
}
else {
if(data18 < 0 || isNaN(data18)){
validate25.errors = [{instancePath:instancePath+"/attribution/end",schemaPath:"#/properties/attribution/properties/end/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
}
var valid9 = _errs53 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data15.exact !== undefined){
let data19 = data15.exact;
const _errs55 = errors;
if(typeof data19 !== "string"){
validate25.errors = [{instancePath:instancePath+"/attribution/exact",schemaPath:"#/properties/attribution/properties/exact/type",keyword:"type",params:{type: "string"}}];
return false;
}
const _errs57 = errors;
const _errs58 = errors;
if("" !== data19){
const err11 = {};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var valid10 = _errs58 === errors;
if(valid10){
validate25.errors = [{instancePath:instancePath+"/attribution/exact",schemaPath:"#/properties/attribution/properties/exact/not",keyword:"not",params:{}}];
return false;
}
else {
errors = _errs57;
if(vErrors !== null){
if(_errs57){
vErrors.length = _errs57;
}
else {
vErrors = null;
}
}
}
var valid9 = _errs55 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data15.prefix !== undefined){
const _errs59 = errors;
if(typeof data15.prefix !== "string"){
validate25.errors = [{instancePath:instancePath+"/attribution/prefix",schemaPath:"#/properties/attribution/properties/prefix/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid9 = _errs59 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data15.suffix !== undefined){
const _errs61 = errors;
if(typeof data15.suffix !== "string"){
validate25.errors = [{instancePath:instancePath+"/attribution/suffix",schemaPath:"#/properties/attribution/properties/suffix/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid9 = _errs61 === errors;
}
else {
var valid9 = true;
}
}
}
}
}
}
}
}
}
else {
validate25.errors = [{instancePath:instancePath+"/attribution",schemaPath:"#/properties/attribution/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid0 = _errs46 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.otherSources !== undefined){
let data22 = data.otherSources;
const _errs63 = errors;
if(errors === _errs63){
if(Array.isArray(data22)){
var valid11 = true;
const len1 = data22.length;
for(let i1=0; i1<len1; i1++){
let data23 = data22[i1];
const _errs65 = errors;
const _errs66 = errors;
if(errors === _errs66){
if(data23 && typeof data23 == "object" && !Array.isArray(data23)){
let missing3;
if((data23.evidence === undefined) && (missing3 = "evidence")){
validate25.errors = [{instancePath:instancePath+"/otherSources/" + i1,schemaPath:"#/$defs/QuotePrinting/required",keyword:"required",params:{missingProperty: missing3}}];
return false;
}
else {
const _errs68 = errors;
for(const key5 in data23){
if(!((key5 === "evidence") || (key5 === "attribution"))){
validate25.errors = [{instancePath:instancePath+"/otherSources/" + i1,schemaPath:"#/$defs/QuotePrinting/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5}}];
return false;
break;
}
}
if(_errs68 === errors){
if(data23.evidence !== undefined){
let data24 = data23.evidence;
const _errs69 = errors;
if(errors === _errs69){
if(data24 && typeof data24 == "object" && !Array.isArray(data24)){
let missing4;
if((((data24.start === undefined) && (missing4 = "start")) || ((data24.end === undefined) && (missing4 = "end"))) || ((data24.exact === undefined) && (missing4 = "exact"))){
validate25.errors = [{instancePath:instancePath+"/otherSources/" + i1+"/evidence",schemaPath:"#/$defs/QuotePrinting/properties/evidence/required",keyword:"required",params:{missingProperty: missing4}}];
return false;
}
else {
const _errs71 = errors;
for(const key6 in data24){
if(!((((((key6 === "article") || (key6 === "start")) || (key6 === "end")) || (key6 === "exact")) || (key6 === "prefix")) || (key6 === "suffix"))){
validate25.errors = [{instancePath:instancePath+"/otherSources/" + i1+"/evidence",schemaPath:"#/$defs/QuotePrinting/properties/evidence/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6}}];
return false;
break;
}
}
if(_errs71 === errors){
if(data24.article !== undefined){
let data25 = data24.article;
const _errs72 = errors;
if(errors === _errs72){
if(typeof data25 === "string"){
if(func1(data25) > 200){
validate25.errors = [{instancePath:instancePath+"/otherSources/" + i1+"/evidence/article",schemaPath:"#/$defs/QuotePrinting/properties/evidence/properties/article/maxLength",keyword:"maxLength",params:{limit: 200}}];
return false;
}
else {
if(!pattern4.test(data25)){
validate25.errors = [{instancePath:instancePath+"/otherSources/" + i1+"/evidence/article",schemaPath:"#/$defs/QuotePrinting/properties/evidence/properties/article/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9._-]*$"}}];
return false;
}
}
}
else {
validate25.errors = [{instancePath:instancePath+"/otherSources/" + i1+"/evidence/article",schemaPath:"#/$defs/QuotePrinting/properties/evidence/properties/article/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid14 = _errs72 === errors;
}
else {
var valid14 = true;
}
if(valid14){
if(data24.start !== undefined){
let data26 = data24.start;
const _errs74 = errors;
if(!(((typeof data26 == "number") && (!(data26 % 1) && !isNaN(data26))) && (isFinite(data26)))){
validate25.errors = [{instancePath:instancePath+"/otherSources/" + i1+"/evidence/start",schemaPath:"#/$defs/QuotePrinting/properties/evidence/properties/start/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs74){
if((typeof data26 == "number") && (isFinite(data26))){
if(data26 > 9007199254740991 || isNaN(data26)){
validate25.errors = [{instancePath:instancePath+"/otherSources/" + i1+"/evidence/start",schemaPath:"#/$defs/QuotePrinting/properties/evidence/properties/start/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991}}];
return false;
}
else {
if(data26 < 0 || isNaN(data26)){
validate25.errors = [{instancePath:instancePath+"/otherSources/" + i1+"/evidence/start",schemaPath:"#/$defs/QuotePrinting/properties/evidence/properties/start/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
}
var valid14 = _errs74 === errors;
}
else {
var valid14 = true;
}
if(valid14){
if(data24.end !== undefined){
let data27 = data24.end;
const _errs76 = errors;
if(!(((typeof data27 == "number") && (!(data27 % 1) && !isNaN(data27))) && (isFinite(data27)))){
validate25.errors = [{instancePath:instancePath+"/otherSources/" + i1+"/evidence/end",schemaPath:"#/$defs/QuotePrinting/properties/evidence/properties/end/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs76){
if((typeof data27 == "number") && (isFinite(data27))){
if(data27 > 9007199254740991 || isNaN(data27)){
validate25.errors = [{instancePath:instancePath+"/otherSources/" + i1+"/evidence/end",schemaPath:"#/$defs/QuotePrinting/properties/evidence/properties/end/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991}}];
return false;
}
else {
if(data27 < 0 || isNaN(data27)){
validate25.errors = [{instancePath:instancePath+"/otherSources/" + i1+"/evidence/end",schemaPath:"#/$defs/QuotePrinting/properties/evidence/properties/end/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
}
var valid14 = _errs76 === errors;
}
else {
var valid14 = true;
}
if(valid14){
if(data24.exact !== undefined){
let data28 = data24.exact;
const _errs78 = errors;
if(typeof data28 !== "string"){
validate25.errors = [{instancePath:instancePath+"/otherSources/" + i1+"/evidence/exact",schemaPath:"#/$defs/QuotePrinting/properties/evidence/properties/exact/type",keyword:"type",params:{type: "string"}}];
return false;
}
const _errs80 = errors;
const _errs81 = errors;
if("" !== data28){
const err12 = {};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var valid15 = _errs81 === errors;
if(valid15){
validate25.errors = [{instancePath:instancePath+"/otherSources/" + i1+"/evidence/exact",schemaPath:"#/$defs/QuotePrinting/properties/evidence/properties/exact/not",keyword:"not",params:{}}];
return false;
}
else {
errors = _errs80;
if(vErrors !== null){
if(_errs80){
vErrors.length = _errs80;
}
else {
vErrors = null;
}
}
}
var valid14 = _errs78 === errors;
}
else {
var valid14 = true;
}
if(valid14){
if(data24.prefix !== undefined){
const _errs82 = errors;
if(typeof data24.prefix !== "string"){
validate25.errors = [{instancePath:instancePath+"/otherSources/" + i1+"/evidence/prefix",schemaPath:"#/$defs/QuotePrinting/properties/evidence/properties/prefix/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid14 = _errs82 === errors;
}
else {
var valid14 = true;
}
if(valid14){
if(data24.suffix !== undefined){
const _errs84 = errors;
if(typeof data24.suffix !== "string"){
validate25.errors = [{instancePath:instancePath+"/otherSources/" + i1+"/evidence/suffix",schemaPath:"#/$defs/QuotePrinting/properties/evidence/properties/suffix/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid14 = _errs84 === errors;
}
else {
var valid14 = true;
}
}
}
}
}
}
}
}
}
else {
validate25.errors = [{instancePath:instancePath+"/otherSources/" + i1+"/evidence",schemaPath:"#/$defs/QuotePrinting/properties/evidence/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid13 = _errs69 === errors;
}
else {
var valid13 = true;
}
if(valid13){
if(data23.attribution !== undefined){
let data31 = data23.attribution;
const _errs86 = errors;
if(errors === _errs86){
if(data31 && typeof data31 == "object" && !Array.isArray(data31)){
let missing5;
if((((data31.start === undefined) && (missing5 = "start")) || ((data31.end === undefined) && (missing5 = "end"))) || ((data31.exact === undefined) && (missing5 = "exact"))){
validate25.errors = [{instancePath:instancePath+"/otherSources/" + i1+"/attribution",schemaPath:"#/$defs/QuotePrinting/properties/attribution/required",keyword:"required",params:{missingProperty: missing5}}];
return false;
}
else {
const _errs88 = errors;
for(const key7 in data31){
if(!((((((key7 === "article") || (key7 === "start")) || (key7 === "end")) || (key7 === "exact")) || (key7 === "prefix")) || (key7 === "suffix"))){
validate25.errors = [{instancePath:instancePath+"/otherSources/" + i1+"/attribution",schemaPath:"#/$defs/QuotePrinting/properties/attribution/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7}}];
return false;
break;
}
}
if(_errs88 === errors){
if(data31.article !== undefined){
let data32 = data31.article;
const _errs89 = errors;
if(errors === _errs89){
if(typeof data32 === "string"){
if(func1(data32) > 200){
validate25.errors = [{instancePath:instancePath+"/otherSources/" + i1+"/attribution/article",schemaPath:"#/$defs/QuotePrinting/properties/attribution/properties/article/maxLength",keyword:"maxLength",params:{limit: 200}}];
return false;
}
else {
if(!pattern4.test(data32)){
validate25.errors = [{instancePath:instancePath+"/otherSources/" + i1+"/attribution/article",schemaPath:"#/$defs/QuotePrinting/properties/attribution/properties/article/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9._-]*$"}}];
return false;
}
}
}
else {
validate25.errors = [{instancePath:instancePath+"/otherSources/" + i1+"/attribution/article",schemaPath:"#/$defs/QuotePrinting/properties/attribution/properties/article/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid16 = _errs89 === errors;
}
else {
var valid16 = true;
}
if(valid16){
if(data31.start !== undefined){
let data33 = data31.start;
const _errs91 = errors;
if(!(((typeof data33 == "number") && (!(data33 % 1) && !isNaN(data33))) && (isFinite(data33)))){
validate25.errors = [{instancePath:instancePath+"/otherSources/" + i1+"/attribution/start",schemaPath:"#/$defs/QuotePrinting/properties/attribution/properties/start/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs91){
if((typeof data33 == "number") && (isFinite(data33))){
if(data33 > 9007199254740991 || isNaN(data33)){
validate25.errors = [{instancePath:instancePath+"/otherSources/" + i1+"/attribution/start",schemaPath:"#/$defs/QuotePrinting/properties/attribution/properties/start/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991}}];
return false;
}
else {
if(data33 < 0 || isNaN(data33)){
validate25.errors = [{instancePath:instancePath+"/otherSources/" + i1+"/attribution/start",schemaPath:"#/$defs/QuotePrinting/properties/attribution/properties/start/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
}
var valid16 = _errs91 === errors;
}
else {
var valid16 = true;
}
if(valid16){
if(data31.end !== undefined){
let data34 = data31.end;
const _errs93 = errors;
if(!(((typeof data34 == "number") && (!(data34 % 1) && !isNaN(data34))) && (isFinite(data34)))){
validate25.errors = [{instancePath:instancePath+"/otherSources/" + i1+"/attribution/end",schemaPath:"#/$defs/QuotePrinting/properties/attribution/properties/end/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs93){
if((typeof data34 == "number") && (isFinite(data34))){
if(data34 > 9007199254740991 || isNaN(data34)){
validate25.errors = [{instancePath:instancePath+"/otherSources/" + i1+"/attribution/end",schemaPath:"#/$defs/QuotePrinting/properties/attribution/properties/end/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991}}];
return false;
}
else {
if(data34 < 0 || isNaN(data34)){
validate25.errors = [{instancePath:instancePath+"/otherSources/" + i1+"/attribution/end",schemaPath:"#/$defs/QuotePrinting/properties/attribution/properties/end/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
}
var valid16 = _errs93 === errors;
}
else {
var valid16 = true;
}
if(valid16){
if(data31.exact !== undefined){
let data35 = data31.exact;
const _errs95 = errors;
if(typeof data35 !== "string"){
validate25.errors = [{instancePath:instancePath+"/otherSources/" + i1+"/attribution/exact",schemaPath:"#/$defs/QuotePrinting/properties/attribution/properties/exact/type",keyword:"type",params:{type: "string"}}];
return false;
}
const _errs97 = errors;
const _errs98 = errors;
if("" !== data35){
const err13 = {};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var valid17 = _errs98 === errors;
if(valid17){
validate25.errors = [{instancePath:instancePath+"/otherSources/" + i1+"/attribution/exact",schemaPath:"#/$defs/QuotePrinting/properties/attribution/properties/exact/not",keyword:"not",params:{}}];
return false;
}
else {
errors = _errs97;
if(vErrors !== null){
if(_errs97){
vErrors.length = _errs97;
}
else {
vErrors = null;
}
}
}
var valid16 = _errs95 === errors;
}
else {
var valid16 = true;
}
if(valid16){
if(data31.prefix !== undefined){
const _errs99 = errors;
if(typeof data31.prefix !== "string"){
validate25.errors = [{instancePath:instancePath+"/otherSources/" + i1+"/attribution/prefix",schemaPath:"#/$defs/QuotePrinting/properties/attribution/properties/prefix/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid16 = _errs99 === errors;
}
else {
var valid16 = true;
}
if(valid16){
if(data31.suffix !== undefined){
const _errs101 = errors;
if(typeof data31.suffix !== "string"){
validate25.errors = [{instancePath:instancePath+"/otherSources/" + i1+"/attribution/suffix",schemaPath:"#/$defs/QuotePrinting/properties/attribution/properties/suffix/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid16 = _errs101 === errors;
}
else {
var valid16 = true;
}
}
}
}
}
}
}
}
}
else {
validate25.errors = [{instancePath:instancePath+"/otherSources/" + i1+"/attribution",schemaPath:"#/$defs/QuotePrinting/properties/attribution/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid13 = _errs86 === errors;
}
else {
var valid13 = true;
}
}
}
}
}
else {
validate25.errors = [{instancePath:instancePath+"/otherSources/" + i1,schemaPath:"#/$defs/QuotePrinting/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid11 = _errs65 === errors;
if(!valid11){
break;
}
}
}
else {
validate25.errors = [{instancePath:instancePath+"/otherSources",schemaPath:"#/properties/otherSources/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs63 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate25.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate25.errors = vErrors;
return errors === 0;
}
validate25.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:linimasa:record:quotes" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate24.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate25(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
validate24.errors = vErrors;
return errors === 0;
}
validate24.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const validateClaims = validate27;
const schema39 = {"$id":"urn:linimasa:record:claims","$schema":"https://json-schema.org/draft/2020-12/schema","$ref":"#/$defs/Claim","$defs":{"Claim":{"type":"object","properties":{"id":{"type":"string","maxLength":200,"pattern":"^[a-z0-9][a-z0-9._-]*$"},"subject":{"type":"object","properties":{"event":{"type":"string","maxLength":200,"pattern":"^[a-z0-9][a-z0-9._-]*$"},"entity":{"type":"string","maxLength":200,"pattern":"^[a-z0-9][a-z0-9._-]*$"}},"additionalProperties":false,"oneOf":[{"required":["event"]},{"required":["entity"]}]},"measure":{"type":"string","not":{"const":""}},"value":{"anyOf":[{"type":"number"},{"type":"string","pattern":"^\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?$"}]},"unit":{"type":"string","not":{"const":""}},"evidence":{"type":"object","properties":{"article":{"type":"string","maxLength":200,"pattern":"^[a-z0-9][a-z0-9._-]*$"},"start":{"type":"integer","minimum":0,"maximum":9007199254740991},"end":{"type":"integer","minimum":0,"maximum":9007199254740991},"exact":{"type":"string","not":{"const":""}},"prefix":{"type":"string"},"suffix":{"type":"string"}},"required":["start","end","exact"],"additionalProperties":false},"note":{"type":"object","propertyNames":{"type":"string","pattern":"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$"},"additionalProperties":{"type":"string","not":{"const":""}},"minProperties":1}},"required":["id","subject","measure","value","evidence"],"additionalProperties":false}}};
const schema40 = {"type":"object","properties":{"id":{"type":"string","maxLength":200,"pattern":"^[a-z0-9][a-z0-9._-]*$"},"subject":{"type":"object","properties":{"event":{"type":"string","maxLength":200,"pattern":"^[a-z0-9][a-z0-9._-]*$"},"entity":{"type":"string","maxLength":200,"pattern":"^[a-z0-9][a-z0-9._-]*$"}},"additionalProperties":false,"oneOf":[{"required":["event"]},{"required":["entity"]}]},"measure":{"type":"string","not":{"const":""}},"value":{"anyOf":[{"type":"number"},{"type":"string","pattern":"^\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?$"}]},"unit":{"type":"string","not":{"const":""}},"evidence":{"type":"object","properties":{"article":{"type":"string","maxLength":200,"pattern":"^[a-z0-9][a-z0-9._-]*$"},"start":{"type":"integer","minimum":0,"maximum":9007199254740991},"end":{"type":"integer","minimum":0,"maximum":9007199254740991},"exact":{"type":"string","not":{"const":""}},"prefix":{"type":"string"},"suffix":{"type":"string"}},"required":["start","end","exact"],"additionalProperties":false},"note":{"type":"object","propertyNames":{"type":"string","pattern":"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$"},"additionalProperties":{"type":"string","not":{"const":""}},"minProperties":1}},"required":["id","subject","measure","value","evidence"],"additionalProperties":false};

function validate27(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:linimasa:record:claims" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate27.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
if(errors === _errs0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((data.id === undefined) && (missing0 = "id")) || ((data.subject === undefined) && (missing0 = "subject"))) || ((data.measure === undefined) && (missing0 = "measure"))) || ((data.value === undefined) && (missing0 = "value"))) || ((data.evidence === undefined) && (missing0 = "evidence"))){
validate27.errors = [{instancePath,schemaPath:"#/$defs/Claim/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
const _errs2 = errors;
for(const key0 in data){
if(!(((((((key0 === "id") || (key0 === "subject")) || (key0 === "measure")) || (key0 === "value")) || (key0 === "unit")) || (key0 === "evidence")) || (key0 === "note"))){
validate27.errors = [{instancePath,schemaPath:"#/$defs/Claim/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs2 === errors){
if(data.id !== undefined){
let data0 = data.id;
const _errs3 = errors;
if(errors === _errs3){
if(typeof data0 === "string"){
if(func1(data0) > 200){
validate27.errors = [{instancePath:instancePath+"/id",schemaPath:"#/$defs/Claim/properties/id/maxLength",keyword:"maxLength",params:{limit: 200}}];
return false;
}
else {
if(!pattern4.test(data0)){
validate27.errors = [{instancePath:instancePath+"/id",schemaPath:"#/$defs/Claim/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9._-]*$"}}];
return false;
}
}
}
else {
validate27.errors = [{instancePath:instancePath+"/id",schemaPath:"#/$defs/Claim/properties/id/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid1 = _errs3 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.subject !== undefined){
let data1 = data.subject;
const _errs5 = errors;
const _errs7 = errors;
let valid2 = false;
let passing0 = null;
const _errs8 = errors;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
let missing1;
if((data1.event === undefined) && (missing1 = "event")){
const err0 = {instancePath:instancePath+"/subject",schemaPath:"#/$defs/Claim/properties/subject/oneOf/0/required",keyword:"required",params:{missingProperty: missing1}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
var _valid0 = _errs8 === errors;
if(_valid0){
valid2 = true;
passing0 = 0;
}
const _errs9 = errors;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
let missing2;
if((data1.entity === undefined) && (missing2 = "entity")){
const err1 = {instancePath:instancePath+"/subject",schemaPath:"#/$defs/Claim/properties/subject/oneOf/1/required",keyword:"required",params:{missingProperty: missing2}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs9 === errors;
if(_valid0 && valid2){
valid2 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid2 = true;
passing0 = 1;
}
}
if(!valid2){
const err2 = {instancePath:instancePath+"/subject",schemaPath:"#/$defs/Claim/properties/subject/oneOf",keyword:"oneOf",params:{passingSchemas: passing0}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
validate27.errors = vErrors;
return false;
}
else {
errors = _errs7;
if(vErrors !== null){
if(_errs7){
vErrors.length = _errs7;
}
else {
vErrors = null;
}
}
}
if(errors === _errs5){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
const _errs10 = errors;
for(const key1 in data1){
if(!((key1 === "event") || (key1 === "entity"))){
validate27.errors = [{instancePath:instancePath+"/subject",schemaPath:"#/$defs/Claim/properties/subject/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1}}];
return false;
break;
}
}
if(_errs10 === errors){
if(data1.event !== undefined){
let data2 = data1.event;
const _errs11 = errors;
if(errors === _errs11){
if(typeof data2 === "string"){
if(func1(data2) > 200){
validate27.errors = [{instancePath:instancePath+"/subject/event",schemaPath:"#/$defs/Claim/properties/subject/properties/event/maxLength",keyword:"maxLength",params:{limit: 200}}];
return false;
}
else {
if(!pattern4.test(data2)){
validate27.errors = [{instancePath:instancePath+"/subject/event",schemaPath:"#/$defs/Claim/properties/subject/properties/event/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9._-]*$"}}];
return false;
}
}
}
else {
validate27.errors = [{instancePath:instancePath+"/subject/event",schemaPath:"#/$defs/Claim/properties/subject/properties/event/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid3 = _errs11 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data1.entity !== undefined){
let data3 = data1.entity;
const _errs13 = errors;
if(errors === _errs13){
if(typeof data3 === "string"){
if(func1(data3) > 200){
validate27.errors = [{instancePath:instancePath+"/subject/entity",schemaPath:"#/$defs/Claim/properties/subject/properties/entity/maxLength",keyword:"maxLength",params:{limit: 200}}];
return false;
}
else {
if(!pattern4.test(data3)){
validate27.errors = [{instancePath:instancePath+"/subject/entity",schemaPath:"#/$defs/Claim/properties/subject/properties/entity/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9._-]*$"}}];
return false;
}
}
}
else {
validate27.errors = [{instancePath:instancePath+"/subject/entity",schemaPath:"#/$defs/Claim/properties/subject/properties/entity/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid3 = _errs13 === errors;
}
else {
var valid3 = true;
}
}
}
}
else {
validate27.errors = [{instancePath:instancePath+"/subject",schemaPath:"#/$defs/Claim/properties/subject/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid1 = _errs5 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.measure !== undefined){
let data4 = data.measure;
const _errs15 = errors;
if(typeof data4 !== "string"){
validate27.errors = [{instancePath:instancePath+"/measure",schemaPath:"#/$defs/Claim/properties/measure/type",keyword:"type",params:{type: "string"}}];
return false;
}
const _errs17 = errors;
const _errs18 = errors;
if("" !== data4){
const err3 = {};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var valid4 = _errs18 === errors;
if(valid4){
validate27.errors = [{instancePath:instancePath+"/measure",schemaPath:"#/$defs/Claim/properties/measure/not",keyword:"not",params:{}}];
return false;
}
else {
errors = _errs17;
if(vErrors !== null){
if(_errs17){
vErrors.length = _errs17;
}
else {
vErrors = null;
}
}
}
var valid1 = _errs15 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.value !== undefined){
let data5 = data.value;
const _errs19 = errors;
const _errs20 = errors;
let valid5 = false;
const _errs21 = errors;
if(!((typeof data5 == "number") && (isFinite(data5)))){
const err4 = {instancePath:instancePath+"/value",schemaPath:"#/$defs/Claim/properties/value/anyOf/0/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid1 = _errs21 === errors;
valid5 = valid5 || _valid1;
const _errs23 = errors;
if(errors === _errs23){
if(typeof data5 === "string"){
if(!pattern9.test(data5)){
const err5 = {instancePath:instancePath+"/value",schemaPath:"#/$defs/Claim/properties/value/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?$"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/value",schemaPath:"#/$defs/Claim/properties/value/anyOf/1/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
var _valid1 = _errs23 === errors;
valid5 = valid5 || _valid1;
if(!valid5){
const err7 = {instancePath:instancePath+"/value",schemaPath:"#/$defs/Claim/properties/value/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
validate27.errors = vErrors;
return false;
}
else {
errors = _errs20;
if(vErrors !== null){
if(_errs20){
vErrors.length = _errs20;
}
else {
vErrors = null;
}
}
}
var valid1 = _errs19 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.unit !== undefined){
let data6 = data.unit;
const _errs25 = errors;
if(typeof data6 !== "string"){
validate27.errors = [{instancePath:instancePath+"/unit",schemaPath:"#/$defs/Claim/properties/unit/type",keyword:"type",params:{type: "string"}}];
return false;
}
const _errs27 = errors;
const _errs28 = errors;
if("" !== data6){
const err8 = {};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var valid6 = _errs28 === errors;
if(valid6){
validate27.errors = [{instancePath:instancePath+"/unit",schemaPath:"#/$defs/Claim/properties/unit/not",keyword:"not",params:{}}];
return false;
}
else {
errors = _errs27;
if(vErrors !== null){
if(_errs27){
vErrors.length = _errs27;
}
else {
vErrors = null;
}
}
}
var valid1 = _errs25 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.evidence !== undefined){
let data7 = data.evidence;
const _errs29 = errors;
if(errors === _errs29){
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
let missing3;
if((((data7.start === undefined) && (missing3 = "start")) || ((data7.end === undefined) && (missing3 = "end"))) || ((data7.exact === undefined) && (missing3 = "exact"))){
validate27.errors = [{instancePath:instancePath+"/evidence",schemaPath:"#/$defs/Claim/properties/evidence/required",keyword:"required",params:{missingProperty: missing3}}];
return false;
}
else {
const _errs31 = errors;
for(const key2 in data7){
if(!((((((key2 === "article") || (key2 === "start")) || (key2 === "end")) || (key2 === "exact")) || (key2 === "prefix")) || (key2 === "suffix"))){
validate27.errors = [{instancePath:instancePath+"/evidence",schemaPath:"#/$defs/Claim/properties/evidence/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2}}];
return false;
break;
}
}
if(_errs31 === errors){
if(data7.article !== undefined){
let data8 = data7.article;
const _errs32 = errors;
if(errors === _errs32){
if(typeof data8 === "string"){
if(func1(data8) > 200){
validate27.errors = [{instancePath:instancePath+"/evidence/article",schemaPath:"#/$defs/Claim/properties/evidence/properties/article/maxLength",keyword:"maxLength",params:{limit: 200}}];
return false;
}
else {
if(!pattern4.test(data8)){
validate27.errors = [{instancePath:instancePath+"/evidence/article",schemaPath:"#/$defs/Claim/properties/evidence/properties/article/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9._-]*$"}}];
return false;
}
}
}
else {
validate27.errors = [{instancePath:instancePath+"/evidence/article",schemaPath:"#/$defs/Claim/properties/evidence/properties/article/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid7 = _errs32 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data7.start !== undefined){
let data9 = data7.start;
const _errs34 = errors;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
validate27.errors = [{instancePath:instancePath+"/evidence/start",schemaPath:"#/$defs/Claim/properties/evidence/properties/start/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs34){
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 > 9007199254740991 || isNaN(data9)){
validate27.errors = [{instancePath:instancePath+"/evidence/start",schemaPath:"#/$defs/Claim/properties/evidence/properties/start/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991}}];
return false;
}
else {
if(data9 < 0 || isNaN(data9)){
validate27.errors = [{instancePath:instancePath+"/evidence/start",schemaPath:"#/$defs/Claim/properties/evidence/properties/start/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
}
var valid7 = _errs34 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data7.end !== undefined){
let data10 = data7.end;
const _errs36 = errors;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
validate27.errors = [{instancePath:instancePath+"/evidence/end",schemaPath:"#/$defs/Claim/properties/evidence/properties/end/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs36){
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 > 9007199254740991 || isNaN(data10)){
validate27.errors = [{instancePath:instancePath+"/evidence/end",schemaPath:"#/$defs/Claim/properties/evidence/properties/end/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991}}];
return false;
}
else {
if(data10 < 0 || isNaN(data10)){
validate27.errors = [{instancePath:instancePath+"/evidence/end",schemaPath:"#/$defs/Claim/properties/evidence/properties/end/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
}
var valid7 = _errs36 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data7.exact !== undefined){
let data11 = data7.exact;
const _errs38 = errors;
if(typeof data11 !== "string"){
validate27.errors = [{instancePath:instancePath+"/evidence/exact",schemaPath:"#/$defs/Claim/properties/evidence/properties/exact/type",keyword:"type",params:{type: "string"}}];
return false;
}
const _errs40 = errors;
const _errs41 = errors;
if("" !== data11){
const err9 = {};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var valid8 = _errs41 === errors;
if(valid8){
validate27.errors = [{instancePath:instancePath+"/evidence/exact",schemaPath:"#/$defs/Claim/properties/evidence/properties/exact/not",keyword:"not",params:{}}];
return false;
}
else {
errors = _errs40;
if(vErrors !== null){
if(_errs40){
vErrors.length = _errs40;
}
else {
vErrors = null;
}
}
}
var valid7 = _errs38 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data7.prefix !== undefined){
const _errs42 = errors;
if(typeof data7.prefix !== "string"){
validate27.errors = [{instancePath:instancePath+"/evidence/prefix",schemaPath:"#/$defs/Claim/properties/evidence/properties/prefix/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid7 = _errs42 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data7.suffix !== undefined){
const _errs44 = errors;
if(typeof data7.suffix !== "string"){
validate27.errors = [{instancePath:instancePath+"/evidence/suffix",schemaPath:"#/$defs/Claim/properties/evidence/properties/suffix/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid7 = _errs44 === errors;
}
else {
var valid7 = true;
}
}
}
}
}
}
}
}
}
else {
validate27.errors = [{instancePath:instancePath+"/evidence",schemaPath:"#/$defs/Claim/properties/evidence/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid1 = _errs29 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.note !== undefined){
let data14 = data.note;
const _errs46 = errors;
if(errors === _errs46){
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
if(Object.keys(data14).length < 1){
validate27.errors = [{instancePath:instancePath+"/note",schemaPath:"#/$defs/Claim/properties/note/minProperties",keyword:"minProperties",params:{limit: 1}}];
return false;
}
else {
for(const key3 in data14){
const _errs48 = errors;
if(errors === _errs48){
if(typeof key3 === "string"){
if(!pattern5.test(key3)){
const err10 = {instancePath:instancePath+"/note",schemaPath:"#/$defs/Claim/properties/note/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$"},propertyName:key3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/note",schemaPath:"#/$defs/Claim/properties/note/propertyNames/type",keyword:"type",params:{type: "string"},propertyName:key3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
var valid9 = _errs48 === errors;
if(!valid9){
const err12 = {instancePath:instancePath+"/note",schemaPath:"#/$defs/Claim/properties/note/propertyNames",keyword:"propertyNames",params:{propertyName: key3}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
validate27.errors = vErrors;
return false;
break;
}
}
if(valid9){
for(const key4 in data14){
let data15 = data14[key4];
const _errs51 = errors;
if(typeof data15 !== "string"){
validate27.errors = [{instancePath:instancePath+"/note/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/Claim/properties/note/additionalProperties/type",keyword:"type",params:{type: "string"}}];
return false;
}
const _errs53 = errors;
const _errs54 = errors;
if("" !== data15){
const err13 = {};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var valid11 = _errs54 === errors;
if(valid11){
validate27.errors = [{instancePath:instancePath+"/note/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/Claim/properties/note/additionalProperties/not",keyword:"not",params:{}}];
return false;
}
else {
errors = _errs53;
if(vErrors !== null){
if(_errs53){
vErrors.length = _errs53;
}
else {
vErrors = null;
}
}
}
var valid10 = _errs51 === errors;
if(!valid10){
break;
}
}
}
}
}
else {
validate27.errors = [{instancePath:instancePath+"/note",schemaPath:"#/$defs/Claim/properties/note/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid1 = _errs46 === errors;
}
else {
var valid1 = true;
}
}
}
}
}
}
}
}
}
}
else {
validate27.errors = [{instancePath,schemaPath:"#/$defs/Claim/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate27.errors = vErrors;
return errors === 0;
}
validate27.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


const UNSURE = Symbol("not as JSON gives it");

function outputOfEntityAliases(value) {
	const output = [];
	for (let i = 0; i < value.length; i++) output.push(value[i]);
	return output;
}

function outputOfLocalizedText(value) {
	const prototype = Object.getPrototypeOf(value);
	if ((prototype !== Object.prototype && prototype !== null) || Object.getOwnPropertySymbols(value).length !== 0) throw UNSURE;
	const output = {};
	for (const key of Object.keys(value)) {
		if (key === "__proto__") continue;
		output[key] = value[key];
	}
	return output;
}

function outputOfEntityTitles(value) {
	const output = [];
	for (let i = 0; i < value.length; i++) output.push(outputOfLocalizedText(value[i]));
	return output;
}

function outputOfAnchor(value) {
	const output = {};
	if ("article" in value) output.article = value.article;
	output.start = value.start;
	output.end = value.end;
	output.exact = value.exact;
	if ("prefix" in value) output.prefix = value.prefix;
	if ("suffix" in value) output.suffix = value.suffix;
	return output;
}

function outputOfEntityMentions(value) {
	const output = [];
	for (let i = 0; i < value.length; i++) output.push(outputOfAnchor(value[i]));
	return output;
}

function outputOfEntity(value) {
	const output = {};
	output.id = value.id;
	output.type = value.type;
	output.name = value.name;
	output.aliases = value.aliases === undefined ? [] : outputOfEntityAliases(value.aliases);
	output.titles = value.titles === undefined ? [] : outputOfEntityTitles(value.titles);
	output.description = outputOfLocalizedText(value.description);
	output.mentions = value.mentions === undefined ? [] : outputOfEntityMentions(value.mentions);
	return output;
}

function outputOfParticipant(value) {
	const output = {};
	output.entity = value.entity;
	if ("role" in value) output.role = value.role === undefined ? undefined : outputOfLocalizedText(value.role);
	return output;
}

function outputOfEventParticipants(value) {
	const output = [];
	for (let i = 0; i < value.length; i++) output.push(outputOfParticipant(value[i]));
	return output;
}

function outputOfEvent(value) {
	const output = {};
	output.id = value.id;
	output.start = value.start;
	if ("end" in value) output.end = value.end;
	output.precision = value.precision;
	output.certainty = value.certainty;
	if ("dateEvidence" in value) output.dateEvidence = value.dateEvidence === undefined ? undefined : outputOfAnchor(value.dateEvidence);
	if ("dateNote" in value) output.dateNote = value.dateNote === undefined ? undefined : outputOfLocalizedText(value.dateNote);
	output.title = outputOfLocalizedText(value.title);
	output.summary = outputOfLocalizedText(value.summary);
	if ("place" in value) output.place = value.place;
	output.participants = value.participants === undefined ? [] : outputOfEventParticipants(value.participants);
	output.evidence = outputOfEntityMentions(value.evidence);
	return output;
}

function outputOfQuotePrinting(value) {
	const output = {};
	output.evidence = outputOfAnchor(value.evidence);
	if ("attribution" in value) output.attribution = value.attribution === undefined ? undefined : outputOfAnchor(value.attribution);
	return output;
}

function outputOfQuoteOtherSources(value) {
	const output = [];
	for (let i = 0; i < value.length; i++) output.push(outputOfQuotePrinting(value[i]));
	return output;
}

function outputOfQuote(value) {
	const output = {};
	output.id = value.id;
	output.text = value.text;
	output.speaker = value.speaker;
	output.event = value.event;
	output.about = value.about === undefined ? [] : outputOfEntityAliases(value.about);
	output.gloss = outputOfLocalizedText(value.gloss);
	output.evidence = outputOfAnchor(value.evidence);
	if ("attribution" in value) output.attribution = value.attribution === undefined ? undefined : outputOfAnchor(value.attribution);
	if ("otherSources" in value) output.otherSources = value.otherSources === undefined ? undefined : outputOfQuoteOtherSources(value.otherSources);
	return output;
}

function outputOfClaimSubject(value) {
	const output = {};
	if ("event" in value) output.event = value.event;
	if ("entity" in value) output.entity = value.entity;
	return output;
}

function outputOfClaim(value) {
	const output = {};
	output.id = value.id;
	output.subject = outputOfClaimSubject(value.subject);
	output.measure = value.measure;
	output.value = value.value;
	if ("unit" in value) output.unit = value.unit;
	output.evidence = outputOfAnchor(value.evidence);
	if ("note" in value) output.note = value.note === undefined ? undefined : outputOfLocalizedText(value.note);
	return output;
}

/** zod's output for entities record `raw` if the compiled checks accept it, else undefined. */
export function entities(raw) {
	if (!validateEntities(raw)) return undefined;
	try {
		return outputOfEntity(raw);
	} catch (error) {
		if (error === UNSURE) return undefined;
		throw error;
	}
}

/** zod's output for events record `raw` if the compiled checks accept it, else undefined. */
export function events(raw) {
	if (!validateEvents(raw)) return undefined;
	try {
		return outputOfEvent(raw);
	} catch (error) {
		if (error === UNSURE) return undefined;
		throw error;
	}
}

/** zod's output for quotes record `raw` if the compiled checks accept it, else undefined. */
export function quotes(raw) {
	if (!validateQuotes(raw)) return undefined;
	try {
		return outputOfQuote(raw);
	} catch (error) {
		if (error === UNSURE) return undefined;
		throw error;
	}
}

/** zod's output for claims record `raw` if the compiled checks accept it, else undefined. */
export function claims(raw) {
	if (!validateClaims(raw)) return undefined;
	try {
		return outputOfClaim(raw);
	} catch (error) {
		if (error === UNSURE) return undefined;
		throw error;
	}
}

function defaultsOfEntity(value) {
	if (value.aliases === undefined) value.aliases = [];
	if (value.titles === undefined) value.titles = [];
	if (value.mentions === undefined) value.mentions = [];
}

function defaultsOfEvent(value) {
	if (value.participants === undefined) value.participants = [];
}

function defaultsOfQuote(value) {
	if (value.about === undefined) value.about = [];
}

/** zod's values for entities record `raw` (as JSON.parse gives it), filled into it, if the compiled checks accept it; else undefined. */
export function entitiesInPlace(raw) {
	if (!validateEntities(raw)) return undefined;
	defaultsOfEntity(raw);
	return raw;
}

/** zod's values for events record `raw` (as JSON.parse gives it), filled into it, if the compiled checks accept it; else undefined. */
export function eventsInPlace(raw) {
	if (!validateEvents(raw)) return undefined;
	defaultsOfEvent(raw);
	return raw;
}

/** zod's values for quotes record `raw` (as JSON.parse gives it), filled into it, if the compiled checks accept it; else undefined. */
export function quotesInPlace(raw) {
	if (!validateQuotes(raw)) return undefined;
	defaultsOfQuote(raw);
	return raw;
}

/** zod's values for claims record `raw` (as JSON.parse gives it), filled into it, if the compiled checks accept it; else undefined. */
export function claimsInPlace(raw) {
	if (!validateClaims(raw)) return undefined;
	return raw;
}
